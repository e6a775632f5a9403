import { BUILTIN_INTENTS } from '../../../lambda/alexa/intents';
import { expand } from '../grammar/expand';
import { act, action, BARE, COMMAND, HEADLINE, LIGHT_COMMAND, REQUEST, SHORT, STATEMENT, wrap } from './carriers';

/**
 * Moving through a routine in Spanish: on, back, again, pause and resume,
 * from the start. These are built-in intents; Alexa knows their core words
 * ("siguiente", "pausa"), and these samples add what people say on the
 * floor, mid-stretch. "sigue" and "continúa" carry on after a pause
 * (Resume), as the engine also moves on with them when nothing is paused.
 */

/** Where people say they are once they have moved: "ya estoy {boca arriba}". */
const POSITIONS = [
  'en posición',
  'en el suelo',
  'en el piso',
  'en la silla',
  'en la cama',
  'en la esterilla',
  'sentado',
  'sentada',
  'acostado',
  'acostada',
  'tumbado',
  'tumbada',
  'boca arriba',
  'de pie',
  'de rodillas',
  'colocado',
  'colocada',
  'listo',
  'lista',
  'preparado',
  'preparada',
  'contra la pared',
];

/** What people say they are ready for: "listo para {el otro lado}". */
const READY_TARGETS = ['el otro lado', 'la otra pierna', 'el siguiente', 'el lado izquierdo', 'el lado derecho', 'el segundo lado'];

/** Saying a side or a stretch is finished: "{terminé} este lado". */
const DONE_WITH = ['terminé', 'ya terminé', 'acabé', 'ya acabé', 'he terminado', 'ya he terminado', 'listo', 'lista', 'hecho'];

/**
 * Next: move on, I'm ready, I'm in position, done with that side. "pasa al
 * siguiente" is Next; "pasa al siguiente estiramiento" leaves the stretch
 * (Skip), as "next stretch" does in English.
 */
const NEXT: readonly string[] = [
  ...act(COMMAND, [
    action('{pasa|pase} al siguiente', 'pasar al siguiente'),
    action('{sigue|siga} con el siguiente', 'seguir con el siguiente'),
    action('{haz|haga} el otro lado', 'hacer el otro lado'),
    action('{cambia|cambie} de lado', 'cambiar de lado'),
    action('{cambia|cambie} de pierna', 'cambiar de pierna'),
    action('{avanza|avance}', 'avanzar'),
  ]),
  ...wrap(HEADLINE, ['siguiente', 'ya estoy', 'listo', 'lista']),
  ...wrap(REQUEST, ['siguiente', 'el siguiente', 'la siguiente', 'al siguiente', 'el próximo', 'próximo']),
  ...wrap(STATEMENT, [
    'ya estoy',
    'listo',
    'lista',
    'ya',
    'ya está',
    'hecho',
    'terminé',
    'ya terminé',
    'he terminado',
    'acabé',
    'ya lo hice',
    'estoy listo',
    'estoy lista',
    'ya estoy listo',
    'ya estoy lista',
    'estoy en posición',
    'ya estoy en posición',
  ]),
  ...wrap(SHORT, [
    'otro lado',
    'el otro lado',
    'al otro lado',
    'la otra pierna',
    'con la otra pierna',
    'ahora el otro lado',
    'ahora la otra pierna',
    'el siguiente lado',
    'vamos',
    'vamos allá',
    'venga el siguiente',
    'dale al siguiente',
    'vamos con el siguiente',
    'adelante con el siguiente',
  ]),
  ...wrap(
    BARE,
    [
      '{ya estoy|estoy} {POSITION}',
      '{ya estoy|estoy} {POSITION} {ya|ahora}',
      'ya me {puse|coloqué|acosté|senté|tumbé}',
      'ya me {puse|coloqué} en posición',
      '{sí|vale|bueno|} {DONE_WITH} {este lado|esta pierna|este|ese lado|con este lado|con esta pierna}',
      'este lado {listo|hecho|terminado}',
      'esta pierna {lista|hecha|terminada}',
      'ya está este lado',
      'cuando quieras',
      'cuando quiera',
      'ya puedes seguir con el siguiente',
      'qué sigue',
      'qué toca ahora',
      'qué viene ahora',
      'y ahora qué',
      'y ahora',
      'y el siguiente',
      'ahora el siguiente',
      'siguiente por favor',
      'el siguiente por favor',
    ],
    { POSITION: POSITIONS, DONE_WITH },
  ),
  ...expand(['{sí|vale|ok|okey|bueno} {ya estoy|estoy listo|estoy lista|listo|lista|ya|terminé|ya terminé|hecho|ya está}']),
  ...expand(['{sí|vale|bueno|} {estoy listo|estoy lista|listo|lista} para {TARGET} {ya|}'], { TARGET: READY_TARGETS }),
];

/** How far back people ask to go: "vuelve {al lado anterior}". */
const BACK_TO = [
  'al anterior',
  'al lado anterior',
  'al estiramiento anterior',
  'al de antes',
  'al otro lado',
  'al primer lado',
  'a la otra pierna',
  'un paso',
  'uno atrás',
];

/** Previous: go back a side or a stretch. */
const PREVIOUS: readonly string[] = [
  ...act(COMMAND, [
    action('{vuelve|vuelva} atrás', 'volver atrás'),
    action('{regresa|regrese}', 'regresar'),
    action('{retrocede|retroceda}', 'retroceder'),
    action('{vuelve|vuelva} al anterior', 'volver al anterior'),
    action('{regresa|regrese} al anterior', 'regresar al anterior'),
  ]),
  ...wrap(HEADLINE, ['atrás', 'vuelve atrás']),
  ...act(
    LIGHT_COMMAND,
    [
      action('{vuelve|vuelva|regresa|regrese} {BACK_TO}', '{volver|regresar} {BACK_TO}'),
      action('{ve|vaya} al anterior', 'ir al anterior'),
      action('{repite|repita} el {lado|estiramiento} anterior', 'repetir el {lado|estiramiento} anterior'),
      action('{haz|haga} el anterior otra vez', 'hacer el anterior otra vez'),
    ],
    { BACK_TO },
  ),
  ...wrap(SHORT, [
    'atrás',
    'anterior',
    'el anterior',
    'la anterior',
    'al anterior',
    'para atrás',
    'hacia atrás',
    'uno atrás',
    'un paso atrás',
    'el de antes',
    'el estiramiento anterior',
    'el lado anterior',
    'el anterior otra vez',
  ]),
  ...wrap(BARE, [
    'vuelta atrás',
    'volvamos atrás',
    'volvamos al anterior',
    '{vuelve|vuelva|regresa|regrese} al {primer lado|lado de antes|estiramiento de antes}',
    '{vuelve|vuelva} a hacer el {anterior|lado anterior|estiramiento anterior}',
    'otra vez el anterior',
    'el de antes otra vez',
  ]),
];

/** What people ask to hear again: "repite {las instrucciones}". */
const HEARD = [
  'las instrucciones',
  'lo último',
  'la última parte',
  'lo que dijiste',
  'lo que has dicho',
  'lo que dijo',
  'los pasos',
  'eso último',
];

/** Repeat: say it again, I missed that. */
const REPEAT: readonly string[] = [
  ...act(REQUEST, [
    action('{repite|repita}', 'repetir'),
    action('{repítelo|repítalo}', 'repetirlo'),
    action('{repite|repita} eso', 'repetir eso'),
    action('{repítemelo|repítamelo}', 'repetírmelo'),
    action('{dilo|dígalo} otra vez', 'decirlo otra vez'),
    action('{dilo|dígalo} de nuevo', 'decirlo de nuevo'),
    action('{vuelve|vuelva} a decirlo', 'volver a decirlo'),
  ]),
  ...wrap(STATEMENT, [
    'no te oí',
    'no te escuché',
    'no lo oí',
    'no entendí',
    'no te entendí',
    'no lo entendí',
    'no te he oído',
    'no he entendido',
  ]),
  ...act(LIGHT_COMMAND, [action('{repite|repita|repíteme|repítame} {HEARD}', 'repetir {HEARD}')], { HEARD }),
  ...wrap(SHORT, [
    'otra vez',
    'de nuevo',
    'una vez más',
    'cómo',
    'qué',
    'qué dijiste',
    'qué has dicho',
    'qué dijo',
    'perdón',
    'perdona',
    'mande',
    'cómo dices',
    'cómo dice',
    'qué cosa',
  ]),
  ...wrap(BARE, [
    'eh',
    'repetir',
    '{dime|dígame} eso otra vez',
    'otra vez eso',
    '{repite|repita} eso otra vez',
    'no te he entendido',
    'no lo he entendido',
    '{perdona|perdón|disculpa|disculpe} no te {oí|escuché|entendí}',
    'me lo {repites|repite|puedes repetir|podrías repetir|puede repetir}',
    'lo {repites|repite|puedes repetir}',
    'cómo has dicho',
    'qué fue eso',
    'no {escuché|oí} bien',
    'no te oigo bien',
    'no he oído bien',
    'me he perdido',
    'me perdí',
    'me lo perdí',
    'otra vez por favor',
    'una vez más por favor',
  ]),
];

/** Things that interrupt, said as a reason after "espera que" or alone: "espera que {llaman a la puerta}". */
const INTERRUPTIONS = [
  'llaman a la puerta',
  'tocan a la puerta',
  'tocan el timbre',
  'suena el teléfono',
  'me llaman',
  'me están llamando',
  'tengo que contestar',
  'tengo que ir al baño',
  'voy al baño',
  'voy a buscar la banda',
  'voy por la banda',
  'voy a por la banda',
  'voy por un cojín',
  'voy a por un cojín',
  'voy por agua',
  'necesito agua',
  'tengo que recuperar el aliento',
];

/** Interruptions named by what interrupts: "espera {el teléfono}". */
const INTERRUPTERS = ['el teléfono', 'el timbre', 'la puerta', 'el perro', 'el gato', 'los niños', 'el bebé', 'la comida'];

/** The short ways of asking for a pause that an interruption follows: "{un momento} que suena el teléfono". */
const HOLD_ON = ['espera', 'espere', 'un momento', 'momento', 'perdona', 'aguanta'];

/** Pause: wait, hold on, a break, often with a reason. "para" alone stops (Stop); "para un momento" pauses. */
const PAUSE: readonly string[] = [
  ...act(COMMAND, [
    action('{pausa|pause}', 'pausar'),
    action('{espera|espere}', 'esperar'),
    action('{para|pare} un momento', 'parar un momento'),
    action('{haz|haga} una pausa', 'hacer una pausa'),
    action('{pon|ponga} pausa', 'poner pausa'),
    action('{ponlo|póngalo} en pausa', 'ponerlo en pausa'),
  ]),
  ...wrap(HEADLINE, ['pausa', 'espera']),
  ...wrap(STATEMENT, ['necesito un descanso', 'necesito un momento', 'necesito descansar', 'necesito un minuto', 'necesito un respiro']),
  ...wrap(SHORT, ['{espera|espere} un {momento|segundo|minuto}', 'un {momento|momentito|segundo|minuto}', '{dame|deme} un momento']),
  ...wrap(BARE, [
    '{espérame|espéreme|aguanta|aguarda} un {momento|momentito|segundo|minuto|poquito}',
    '{espera|espere} un {momentito|poquito}',
    '{para|pare|detente|deténgase} un {segundo|minuto|poco}',
    '{dame|deme} un {minuto|segundo|respiro}',
    'un segundito',
    'pausa un momento',
  ]),
  ...wrap(BARE, [
    'momento',
    'pausar',
    'descanso',
    'un descanso',
    'tiempo muerto',
    'un respiro',
    '{ahora|ya} vuelvo',
    'vuelvo {enseguida|en un momento|en un minuto|ahorita}',
    'no te vayas',
    'espérame',
    'espéreme',
    'aguanta',
    'aguarda',
    '{tomemos|hagamos} un descanso',
    '{déjame|déjeme} descansar un momento',
    'tengo que parar un momento',
    '{necesito|tengo que} {parar|descansar} un {momento|minuto|poco}',
    '{puedes|puede|podemos} {esperar|parar} un {momento|minuto|segundo}',
  ]),
  ...expand(['{HOLD_ON} que {INTERRUPTION}', '{HOLD_ON} {INTERRUPTER}', '{INTERRUPTER} {espera|un momento}'], {
    HOLD_ON,
    INTERRUPTION: INTERRUPTIONS,
    INTERRUPTER: INTERRUPTERS,
  }),
  ...wrap(BARE, INTERRUPTIONS),
];

/** Saying one is back after a pause: "{ya volví}, sigue". */
const BACK_AGAIN = ['ya volví', 'ya estoy aquí', 'ya estoy de vuelta', 'he vuelto', 'estoy de vuelta', 'ya regresé', 'perdona', 'perdón'];

/** What follows being back: "ya volví, {sigue}". */
const GO_ON_AGAIN = [
  'sigue',
  'siga',
  'continúa',
  'continúe',
  'seguimos',
  'sigamos',
  'continuamos',
  'podemos seguir',
  'puedes seguir',
  'puede seguir',
];

/** Resume: carry on after a pause. */
const RESUME: readonly string[] = [
  ...act(COMMAND, [
    action('{continúa|continúe}', 'continuar'),
    action('{sigue|siga}', 'seguir'),
    action('{reanuda|reanude}', 'reanudar'),
    action('{sigue|siga} con la rutina', 'seguir con la rutina'),
    action('{continúa|continúe} con la rutina', 'continuar con la rutina'),
    action('{quita|quite} la pausa', 'quitar la pausa'),
  ]),
  ...wrap(HEADLINE, ['sigue', 'continúa']),
  ...wrap(STATEMENT, ['ya volví', 'ya estoy de vuelta', 'ya estoy aquí', 'he vuelto', 'estoy de vuelta', 'aquí estoy', 'ya regresé']),
  ...wrap(SHORT, ['seguimos', 'continuamos', 'sigamos', 'continuemos', 'a seguir', 'adelante sigue']),
  ...wrap(BARE, [
    'continuar',
    'seguir',
    'reanudar',
    '{sigue|siga|continúa|continúe} {por|desde} donde {estábamos|íbamos|lo dejamos|nos quedamos}',
    '{sigue|siga|continúa|continúe} donde lo dejamos',
    'donde nos quedamos',
    'por dónde íbamos',
    'dónde estábamos',
    'dónde nos quedamos',
    'ya {podemos|puedes|puede} {seguir|continuar}',
    '{vuelve|vuelva} a la rutina',
    'volvamos a la rutina',
    'de vuelta a la rutina',
    '{bueno|vale|ok|bien} {seguimos|sigamos|continuamos|dónde estábamos}',
    'ya estoy listo para seguir',
    'ya estoy lista para seguir',
  ]),
  ...expand('{BACK} {GO_ON}', { BACK: BACK_AGAIN, GO_ON: GO_ON_AGAIN }),
];

/** Start over: the routine again from its first stretch. */
const START_OVER: readonly string[] = [
  ...act(COMMAND, [
    action('{empieza|empiece} de nuevo', 'empezar de nuevo'),
    action('{empieza|empiece} otra vez', 'empezar otra vez'),
    action('{vuelve|vuelva} a empezar', 'volver a empezar'),
    action('{comienza|comience} de nuevo', 'comenzar de nuevo'),
    action('{reinicia|reinicie}', 'reiniciar'),
    action('{empieza|empiece} desde el principio', 'empezar desde el principio'),
  ]),
  ...act(LIGHT_COMMAND, [
    action('{reinicia|reinicie} {la rutina|todo|la rutina entera}', 'reiniciar {la rutina|todo|la rutina entera}'),
    action(
      '{empieza|empiece|comienza|comience} {la rutina|todo} {de nuevo|otra vez|desde el principio|desde cero}',
      '{empezar|comenzar} {la rutina|todo} {de nuevo|otra vez|desde el principio|desde cero}',
    ),
  ]),
  ...wrap(SHORT, [
    'desde el principio',
    'desde el inicio',
    'desde cero',
    'desde el comienzo',
    'al principio',
    'todo de nuevo',
    'todo otra vez',
    'otra vez desde el principio',
    'de nuevo desde el principio',
    'volvamos a empezar',
    'empecemos de nuevo',
    'empecemos otra vez',
  ]),
  ...wrap(BARE, [
    'reiniciar',
    'empezar de cero',
    '{vuelve|vuelva|regresa|regrese} al {principio|inicio|comienzo|primer estiramiento}',
    '{hazlo|hágalo} {otra vez|de nuevo} desde el principio',
    '{haz|haga} todo {otra vez|de nuevo}',
    'la rutina desde el principio',
    'desde el primero',
    'otra vez desde el primero',
    '{quiero|prefiero|vamos a} {empezar|comenzar} desde {el principio|cero}',
  ]),
];

/** Samples of the navigation built-ins. */
export const NAVIGATION_SAMPLES_ES = {
  [BUILTIN_INTENTS.next]: NEXT,
  [BUILTIN_INTENTS.previous]: PREVIOUS,
  [BUILTIN_INTENTS.repeat]: REPEAT,
  [BUILTIN_INTENTS.pause]: PAUSE,
  [BUILTIN_INTENTS.resume]: RESUME,
  [BUILTIN_INTENTS.startOver]: START_OVER,
} as const;
