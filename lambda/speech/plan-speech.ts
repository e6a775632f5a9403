import type { Content } from '../domain/content';
import type { PersonalPlan } from '../domain/plan-builder';
import type { Catalogue } from './catalogue';

/**
 * "Why these stretches?", in one or two calm sentences: the plan's two
 * weightiest reasons (a plan lists them weightiest first). Pregnancy always
 * comes with the advice to ask a professional, so that takes the second place.
 * A plan no answer narrowed gets the one general sentence.
 */
export function planReasonSentences(plan: PersonalPlan, content: Content, catalogue: Catalogue): string[] {
  const words = catalogue.plan;
  const facts = {
    first: content.stretch(plan.stretchIds[0] ?? '')?.name.toLowerCase() ?? '',
    count: plan.stretchIds.length,
    area: plan.answers.feltMost ?? null,
  };
  const [top, next] = plan.reasons;
  if (!top) return [words.balanced];
  if (top === 'pregnant-gentle') return [words.reasons[top](facts), words.askProfessional];
  return next ? [words.reasons[top](facts), words.reasons[next](facts)] : [words.reasons[top](facts)];
}
