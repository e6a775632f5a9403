import { phrases, seriousnessTable } from './phrase-tables';

/**
 * What Spanish speakers say when something is wrong, generated from body parts (with the article that gives
 * their gender and number) and what they feel, by seriousness: the SymptomType slot's values in es-US and es-ES.
 */

/**
 * A body part as it is said with its article ("la pierna", "los dedos del pie", "ambas piernas"), and the
 * gender and number the words around it agree with.
 */
interface Parte {
  /** With its article: "la pierna". */
  readonly said: string;
  /** Without it: "pierna", for "dolor de pierna". */
  readonly bare: string;
  readonly feminine: boolean;
  readonly plural: boolean;
}

/** Articles, and words that stand where an article would, with the gender and number they mark. */
const ARTICLES: Readonly<Record<string, { feminine: boolean; plural: boolean }>> = {
  el: { feminine: false, plural: false },
  la: { feminine: true, plural: false },
  los: { feminine: false, plural: true },
  las: { feminine: true, plural: true },
  ambos: { feminine: false, plural: true },
  ambas: { feminine: true, plural: true },
};

/** Parts written with their article, which gives their gender and number: `partes('la pierna', 'los pies')`. */
function partes(...said: string[]): Parte[] {
  return said.map((words) => {
    const [article = '', ...rest] = words.split(' ');
    const marks = ARTICLES[article];
    if (!marks) throw new Error(`"${words}" must start with el, la, los, las, ambos or ambas`);
    return { said: words, bare: rest.join(' '), ...marks };
  });
}

/** "de el" and "a el" as Spanish always says them: "del", "al". */
function contracted(text: string): string {
  return text.replace(/(^| )de el /g, '$1del ').replace(/(^| )a el /g, '$1al ');
}

/** A word that agrees with a part: `agreeing(pierna, 'dormid')` is "dormida", `agreeing(dedos, 'dormid')` "dormidos". */
function agreeing(parte: Parte, stem: string): string {
  return `${stem}${parte.feminine ? 'a' : 'o'}${parte.plural ? 's' : ''}`;
}

/** A verb in the number of its part: `inNumber(pies, 'duele', 'duelen')` is "duelen". */
const inNumber = (parte: Parte, singular: string, plural: string): string => (parte.plural ? plural : singular);

/** The part after "mi" or "mis": "mi pierna", "mis dedos". */
const mine = (parte: Parte): string => `${parte.plural ? 'mis' : 'mi'} ${parte.bare}`;

/** Where sciatica usually hurts or tingles, on one side: trouble here is the routine kind. */
const UN_LADO: readonly Parte[] = partes(
  'la pierna',
  'la pierna derecha',
  'la pierna izquierda',
  'el pie',
  'el pie derecho',
  'el pie izquierdo',
  'la pantorrilla',
  'el gemelo',
  'el muslo',
  'la rodilla',
  'el tobillo',
  'el talón',
  'la espinilla',
  'el glúteo',
  'la nalga',
  'la cadera',
  'el dedo gordo',
  'la planta del pie',
  'los dedos del pie',
  'los dedos',
  'los isquiotibiales',
);

/** Parts that hurt without being a red flag, beyond one leg: the back and its neighbours. */
const ESPALDA: readonly Parte[] = partes(
  'la espalda',
  'la espalda baja',
  'la zona lumbar',
  'la parte baja de la espalda',
  'la columna',
  'la ciática',
  'el nervio ciático',
  'el nervio',
  'el costado',
  'el cuello',
  'el coxis',
  'la cintura',
  'las lumbares',
  'los riñones',
  'las caderas',
  'las piernas',
  'las rodillas',
  'los pies',
);

/** Both legs or both feet at once: numbness, weakness or pain here is an emergency. */
const LAS_DOS: readonly Parte[] = partes(
  'las dos piernas',
  'ambas piernas',
  'los dos pies',
  'ambos pies',
  'las dos nalgas',
  'los dos glúteos',
  'ambos glúteos',
  'los dos lados',
  'ambos lados',
);

/** Legs and feet without "both": numbness or weakness in them is an emergency, pain is not (see ESPALDA). */
const PIERNAS: readonly Parte[] = partes('las piernas', 'los pies');

/**
 * The saddle area: numbness here is an emergency (cauda equina syndrome).
 * Pain here is left out on purpose, so that no pain phrase names these parts.
 */
const SILLA_DE_MONTAR: readonly Parte[] = partes(
  'la ingle',
  'la entrepierna',
  'la zona íntima',
  'las partes íntimas',
  'los genitales',
  'la zona genital',
  'la vagina',
  'el pene',
  'el ano',
  'la zona del ano',
  'el periné',
  'el perineo',
  'la parte interna de los muslos',
  'la cara interna de los muslos',
  'el interior de los muslos',
);

/** The saddle area said as a place rather than a part: "adormecimiento {entre las piernas}". */
const AHI_ABAJO = ['entre las piernas', 'ahí abajo', 'allá abajo', 'en mis partes', 'alrededor del ano', 'en la zona de abajo'];

/** A numb feeling named, to say where it is: "hormigueo en el pie". */
const ENTUMECIMIENTOS = [
  'entumecimiento',
  'adormecimiento',
  'hormigueo',
  'un hormigueo',
  'cosquilleo',
  'un cosquilleo',
  'hormigas',
  'sensación de hormigueo',
  'una sensación de hormigueo',
  'sensación de adormecimiento',
  'pérdida de sensibilidad',
  'falta de sensibilidad',
  'poca sensibilidad',
];

/** "se me duerme la pierna", "se me han dormido los dedos": the part going numb, in its number. */
function seMeDuerme(parte: Parte): string[] {
  const verbs = parte.plural
    ? ['duermen', 'durmieron', 'han dormido', 'están durmiendo', 'adormecen', 'entumecen']
    : ['duerme', 'durmió', 'ha dormido', 'está durmiendo', 'adormece', 'entumece'];
  return [...phrases(['se me'], verbs, [parte.said]), ...phrases([parte.said], ['se me'], verbs.slice(0, 2))];
}

/** "tengo la pierna dormida", "los dedos entumecidos": the part said with how it feels, agreeing with it. */
function dormido(parte: Parte): string[] {
  const feels = ['dormid', 'entumecid', 'adormecid'].map((stem) => agreeing(parte, stem));
  const is = inNumber(parte, 'está', 'están');
  return [
    ...phrases(['', 'tengo', 'siento', 'noto'], [parte.said], [...feels, `como ${feels[0] ?? ''}`]),
    ...phrases([parte.said], [is], feels),
    ...phrases([inNumber(parte, 'me hormiguea', 'me hormiguean')], [parte.said]),
    ...phrases(['no siento', 'no noto', 'casi no siento'], [parte.said]),
  ];
}

/** Numbness in a part, said every way above and as a named feeling in it: "hormigueo en la pierna". */
function numbIn(parts: readonly Parte[]): string[] {
  return parts.flatMap((parte) => [
    ...seMeDuerme(parte),
    ...dormido(parte),
    ...phrases(ENTUMECIMIENTOS, ['en'], [parte.said]),
    ...phrases(['hormigueo', 'entumecimiento', 'adormecimiento', 'un hormigueo'], ['por'], [parte.said]),
    ...phrases(['hormigueo', 'entumecimiento', 'adormecimiento'], ['en'], [mine(parte)]),
  ]);
}

/** How people say weakness is getting worse, which is what makes it a red flag: "cada vez más", "de repente". */
const EMPEORANDO = ['', 'cada vez más', 'más y más', 'muy rápido', 'de repente', 'cada día más'];

/** Weakness in a part, in its number: "se me debilita la pierna (cada vez más)", "la pierna no me responde". */
function weakIn(parte: Parte): string[] {
  const plural = parte.plural;
  return [
    ...phrases(
      ['se me'],
      plural ? ['debilitan', 'están debilitando', 'doblan', 'van'] : ['debilita', 'está debilitando', 'dobla', 'va'],
      [parte.said],
      EMPEORANDO,
    ),
    ...phrases(
      [parte.said],
      plural
        ? ['no me responden', 'no me sostienen', 'me fallan', 'se me doblan', 'están débiles', 'están cada vez más débiles']
        : ['no me responde', 'no me sostiene', 'me falla', 'se me dobla', 'está débil', 'está cada vez más débil'],
    ),
    ...phrases([plural ? 'me fallan' : 'me falla'], [parte.said]),
    ...phrases(['tengo', 'siento', 'noto'], [parte.said], [plural ? 'débiles' : 'débil', plural ? 'muy débiles' : 'muy débil']),
    ...phrases(
      ['debilidad en', 'pierdo fuerza en', 'estoy perdiendo fuerza en', 'he perdido fuerza en', 'no tengo fuerza en', 'sin fuerza en'],
      [parte.said],
    ),
    ...phrases(['no puedo mover', 'no puedo levantar'], [parte.said]),
  ];
}

/** What is lost control of, as it follows "el control de": "la vejiga", "el intestino". */
const ESFINTERES = ['la orina', 'la vejiga', 'el intestino', 'los intestinos', 'los esfínteres', 'las heces', 'el pis', 'el vientre'];

/**
 * Emergency red flags: numbness in the saddle area, bladder or bowel control
 * lost, numbness or weakness in both legs, a leg weakening or giving way.
 * The user is sent to emergency care at once.
 */
const emergencyPhrases = (): readonly string[] => [
  ...numbIn(SILLA_DE_MONTAR),
  ...phrases(ENTUMECIMIENTOS, AHI_ABAJO),
  ...phrases(['no siento nada', 'no noto nada', 'he perdido la sensibilidad', 'perdí la sensibilidad'], AHI_ABAJO),
  ...phrases(
    ['he perdido la sensibilidad en', 'perdí la sensibilidad en', 'sin sensibilidad en'],
    SILLA_DE_MONTAR.map((p) => p.said),
  ),
  ...phrases(
    ['no siento', 'no noto'],
    ['el papel al limpiarme', 'cuando me limpio', 'al limpiarme', 'cuando orino', 'al orinar', 'cuando hago pis', 'las ganas de orinar'],
  ),
  ...numbIn([...LAS_DOS, ...PIERNAS]),
  ...[...LAS_DOS, ...PIERNAS, ...partes('la pierna', 'la pierna derecha', 'la pierna izquierda', 'el pie', 'la rodilla')].flatMap(weakIn),
  ...LAS_DOS.flatMap((parte) => phrases(['me duelen', 'me están doliendo', 'dolor en'], [parte.said])),
  ...phrases(['no puedo levantar', 'no puedo mover'], ['el pie', 'los dedos del pie', 'la punta del pie']),
  ...['pie caído', 'arrastro el pie', 'se me arrastra el pie', 'el pie se me arrastra', 'se me cae el pie', 'el pie se me cae'],
  ...phrases(
    ['no puedo', 'no consigo'],
    ['orinar', 'hacer pis', 'hacer pipí', 'vaciar la vejiga', 'aguantar la orina', 'aguantar el pis', 'retener la orina', 'ir al baño'],
  ),
  ...phrases(
    ['no controlo', 'no puedo controlar', 'he perdido el control de', 'perdí el control de', 'estoy perdiendo el control de'],
    ESFINTERES,
  ).map(contracted),
  ...phrases(['no tengo control de', 'sin control de'], ESFINTERES).map(contracted),
  ...phrases(['se me escapa', 'se me sale'], ['la orina', 'el pis', 'la caca']),
  ...['se me escapan las heces', 'se me escapan los gases y las heces'],
  ...phrases(
    ['', 'sin querer'],
    ['me hice pis encima', 'me he hecho pis encima', 'me oriné encima', 'me he orinado encima', 'me hice encima', 'me he hecho encima'],
  ),
  ...['me estoy orinando encima', 'me orino encima', 'me hago pis encima', 'me hice popó encima'],
  ...['incontinencia', 'incontinencia urinaria', 'incontinencia fecal', 'pérdidas de orina', 'escapes de orina', 'fugas de orina'],
  ...['retención de orina', 'problemas para orinar', 'problemas de vejiga', 'problemas con la vejiga', 'problemas de intestino'],
];

/** How a back gets injured, which makes the injury a red flag: "me hice daño en la espalda {en una caída}". */
const CAUSAS = [
  'en una caída',
  'al caerme',
  'en un accidente',
  'en un accidente de coche',
  'en un accidente de carro',
  'en un accidente de tráfico',
  'en un choque',
  'en el trabajo',
  'en el gimnasio',
  'jugando al fútbol',
  'jugando fútbol',
  'haciendo deporte',
  'levantando algo pesado',
  'cargando algo pesado',
  'en las escaleras',
];

/** Ways of falling, and of being hit: "me caí", "me di un golpe". */
const CAIDAS = [
  'me caí',
  'me he caído',
  'me resbalé',
  'me he resbalado',
  'me tropecé',
  'me he tropezado',
  'tuve una caída',
  'he tenido una caída',
  'me di un golpe',
  'me he dado un golpe',
  'me caí de espaldas',
  'me caí de la cama',
  'me caí de la silla',
  'me caí por las escaleras',
  'me caí en la ducha',
  'me caí en la calle',
];

/**
 * Urgent red flags: back pain with a fever, after a fall or an injury, or
 * with weight loss nobody can explain. The user is sent to a doctor today.
 * "tuve un accidente" is an injury here: in Spanish it is a crash or a fall
 * before it is anything else.
 */
const urgentPhrases = (): readonly string[] => [
  ...['fiebre', 'un poco de fiebre', 'mucha fiebre', 'fiebre alta', 'calentura', 'temperatura', 'algo de temperatura', 'unas décimas'],
  ...['febrícula', 'escalofríos', 'tiritona', 'fiebre y escalofríos', 'sudores por la noche', 'sudores nocturnos'],
  ...['estoy con fiebre', 'me ha subido la fiebre', 'me subió la fiebre', 'me siento afiebrado', 'me siento afiebrada'],
  ...['estoy destemplado', 'estoy destemplada', 'estoy ardiendo en fiebre', 'creo que tengo fiebre'],
  ...phrases(CAIDAS, ['', 'ayer', 'anoche', 'esta mañana', 'la semana pasada', 'hace poco', 'el otro día', 'hace unos días']),
  ...phrases(CAIDAS, ['y me hice daño', 'y me he hecho daño', 'y me lastimé', 'y me duele la espalda', 'y ahora me duele la espalda']),
  ...['una caída', 'una mala caída', 'después de una caída', 'desde que me caí', 'desde la caída', 'un golpe en la espalda'],
  ...['me golpeé la espalda', 'me he golpeado la espalda', 'me atropelló un coche', 'me atropelló un carro', 'me atropellaron'],
  ...phrases(
    ['tuve un accidente', 'he tenido un accidente', 'tuve un choque', 'me chocaron', 'choqué'],
    ['', 'de coche', 'de carro', 'de tráfico', 'ayer', 'hace poco', 'la semana pasada', 'en el trabajo'],
  ),
  ...['un accidente', 'un accidente de coche', 'un accidente de carro', 'un accidente de tráfico'],
  ...phrases(['me hice daño en', 'me lastimé'], ['la espalda', 'la columna', 'el cuello'], CAUSAS),
  ...phrases(['me he hecho daño en', 'me he lastimado'], ['la espalda'], CAUSAS),
  ...phrases(['me lesioné', 'me he lesionado'], ['', 'la espalda', 'la columna', 'el cuello'], ['', ...CAUSAS.slice(0, 8)]),
  ...['una lesión', 'una lesión en la espalda', 'tengo una lesión'],
  ...phrases(
    ['estoy perdiendo', 'he perdido', 'perdí', 'sigo perdiendo'],
    ['peso', 'mucho peso', 'kilos', 'varios kilos'],
    ['', 'sin razón', 'sin motivo', 'sin querer', 'sin hacer dieta', 'sin explicación', 'y no sé por qué'],
  ),
  ...phrases(
    ['he bajado de peso', 'bajé de peso', 'estoy bajando de peso', 'he adelgazado', 'adelgacé', 'estoy adelgazando'],
    ['', 'sin querer', 'sin razón', 'sin motivo', 'sin hacer dieta'],
  ),
  ...['pérdida de peso', 'pérdida de peso sin explicación', 'adelgazamiento'],
];

/** One-sided numbness and tingling: the usual sciatic kind, which calls for a gentler stretch or a rest. */
const numbnessPhrases = (): readonly string[] => [
  ...ENTUMECIMIENTOS,
  ...['dormido', 'dormida', 'entumecido', 'entumecida', 'adormecido', 'adormecida', 'pierna dormida', 'la pierna dormida'],
  ...['se me duerme', 'se me ha dormido', 'se me durmió', 'me hormiguea', 'siento hormigas'],
  ...numbIn(UN_LADO),
];

/** Words for a pain, to say where it is: "un dolor agudo en la cadera". */
const DOLORES = [
  'dolor',
  'un dolor',
  'mucho dolor',
  'dolor fuerte',
  'un dolor fuerte',
  'un dolor agudo',
  'un dolor punzante',
  'punzadas',
  'una punzada',
  'pinchazos',
  'un pinchazo',
  'ardor',
  'un calambre',
  'calambres',
  'un tirón',
  'molestias',
  'un latigazo',
  'un corrientazo',
];

/** The parts a pain runs down or through, as sciatica does. */
const CAMINOS = partes('la pierna', 'la pierna derecha', 'la pierna izquierda', 'la espalda', 'el glúteo', 'la nalga', 'la cadera');

/** Pain in a part, in its number: "me duele la cadera", "tengo los pies adoloridos", "dolor de espalda". */
function painIn(parte: Parte): string[] {
  const plural = parte.plural;
  const verbs = plural
    ? ['me duelen', 'me están doliendo', 'me duelen mucho', 'me arden', 'me queman', 'me molestan', 'me punzan', 'me están matando']
    : ['me duele', 'me está doliendo', 'me duele mucho', 'me arde', 'me quema', 'me molesta', 'me punza', 'me está matando'];
  return [
    ...phrases(verbs, [parte.said]),
    ...phrases([parte.said], verbs.slice(0, 4)),
    ...phrases(['tengo', ''], [parte.said], [agreeing(parte, 'adolorid'), agreeing(parte, 'dolorid')]),
    ...phrases(DOLORES.slice(0, 12), ['en'], [parte.said]),
    ...phrases(['dolor en', 'un dolor en'], [mine(parte)]),
    ...phrases(['me hice daño en', 'me he hecho daño en', 'me di un tirón en', 'me he dado un tirón en'], [parte.said]),
    ...phrases(['me lastimé', 'me he lastimado', 'me torcí', 'me he torcido'], [parte.said]),
  ];
}

/** Pain during a stretch: stop, and offer a gentler version. */
const painPhrases = (): readonly string[] => [
  ...DOLORES,
  ...['dolor agudo', 'dolor punzante', 'quemazón', 'una molestia', 'un dolor terrible', 'un dolor horrible', 'un dolor muy fuerte'],
  ...['demasiado dolor', 'es insoportable', 'insoportable', 'me mata', 'me está matando', 'muy doloroso', 'doloroso', 'agonía'],
  ...['adolorido', 'adolorida', 'dolorido', 'dolorida', 'ciática', 'lumbago', 'una crisis de ciática', 'un ataque de ciática'],
  ...[...UN_LADO, ...ESPALDA].flatMap(painIn),
  ...phrases(['dolor de', 'un dolor de'], ['espalda', 'pierna', 'cadera', 'rodilla', 'cuello', 'ciática', 'riñones', 'nervio']),
  ...phrases(
    ['dolor', 'un dolor', 'un calambre', 'una corriente', 'un corrientazo', 'un latigazo', 'ardor', 'una punzada'],
    ['que baja por', 'que me baja por', 'que me recorre', 'por'],
    CAMINOS.map((p) => p.said),
  ),
  ...phrases(
    ['me baja el dolor por', 'me corre el dolor por', 'me baja un dolor por'],
    CAMINOS.map((p) => p.said),
  ),
];

/**
 * What Spanish speakers say when something is wrong, by how serious it is, as
 * the English `symptomValues` builds it: a phrase comes from a body part and
 * what it feels, so the part decides the seriousness ("se me duerme la
 * pierna" is `numbness`, "se me duerme la ingle" or "se me duermen las dos
 * piernas" `emergency`), and a phrase two lists produce stays only in the most
 * serious one. Built on first use, since there are thousands.
 */
export const symptomValuesEs = seriousnessTable(() => ({
  emergency: emergencyPhrases(),
  urgent: urgentPhrases(),
  numbness: numbnessPhrases(),
  pain: painPhrases(),
}));
