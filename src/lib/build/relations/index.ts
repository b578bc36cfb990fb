export * from '../../relations/graph';
export * from '../../relations/describe';
export * from '../../relations/mermaid';
export { computeRelations, loadRelationInput, commandObjects } from './load';
export { cachedRelations } from './cache';
