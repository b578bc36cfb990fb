/**
 * The one model of kubectl (build): fig's spec + the reviewed overrides + the resource types. The pure parts
 * (types, parse, equivalence, input, slice) are imported from their modules directly by browser code.
 */
export { kubectlModel, applyOverrides } from './model';
export { OVERRIDES, KUBECTL_CHECKED } from './overrides';
export { parseWords, findFlag, findResourceType, type ParsedCommand, type ParsedWord, type WordRole } from './parse';
export { compareCommands, readTyped, closest, type Verdict } from './equivalence';
export { inputProblem, MAX_INPUT } from './input';
export { sliceModel } from './slice';
export type { FlagInfo, KubectlModel, ResourceInfo, VerbInfo } from './types';
