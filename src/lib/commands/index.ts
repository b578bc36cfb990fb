/**
 * Commands of the notes: found in a page (scan), split as the shell splits them (shellWords), told apart
 * (classify), read as kubectl reads them (kubectl, verbs) and checked against current kubectl (outdated).
 */
export { splitShellLine, shellWords, type ShellSegment } from './shellWords';
export { classifyCommand, stripKeywords, type Classified } from './classify';
export { KUBECTL_VERBS, POD_VERBS } from './verbs';
export { isKubectlMention, parseKubectl, VALUE_FLAGS, type KubectlCommand } from './kubectl';
export { extractCommands, type CommandUse, type ExtractOptions } from './scan';
export { outdatedUses, statusesOf, type CommandStatus, type OutdatedUse, type StatusKind } from './outdated';
