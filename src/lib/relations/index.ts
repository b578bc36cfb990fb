export * from './graph';
export * from './describe';
export { computeRelations, loadRelationInput, commandObjects } from './load';
