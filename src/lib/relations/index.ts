export * from './graph';
export * from './describe';
export * from './mermaid';
export { computeRelations, loadRelationInput, commandObjects } from './load';
export { cachedRelations } from './cache';
