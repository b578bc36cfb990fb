// Stands in for ajv-i18n in the browser bundle (see editorBundle.ts): kubernetes-models calls
// `localize.en(errors)` to write messages the manifest validator never reads.
export default { en() {} };
