/**
 * Name-free launch phrases, ready for when the skill is live: Amazon lets
 * only published en-* skills with a record of engagement use them. The
 * generator adds them to every model with `npm run model -- --name-free`;
 * until then they stay out of the deployed models, which they would break.
 */
export const NAME_FREE_INTERACTION = {
  ingressPoints: [
    { type: 'LAUNCH', sampleUtterances: { format: 'RAW_TEXT', values: ['start my sciatica stretches'] } },
    { type: 'LAUNCH', sampleUtterances: { format: 'RAW_TEXT', values: ['help my sciatica'] } },
    { type: 'INTENT', name: 'StartRoutineIntent', sampleUtterances: { format: 'RAW_TEXT', values: ['start my bedtime stretches'] } },
    {
      type: 'INTENT',
      name: 'WeeklySummaryIntent',
      sampleUtterances: { format: 'RAW_TEXT', values: ['how are my sciatica stretches going'] },
    },
  ],
} as const;
