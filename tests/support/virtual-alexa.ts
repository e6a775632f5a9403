/** The simulator and the conversation tests resolve utterances the same way. */
export { createVirtualAlexa, modelFileFor, type SkillHandler } from '../../tools/simulator/virtual-alexa';
