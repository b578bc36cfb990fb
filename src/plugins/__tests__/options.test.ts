import { describe, expect, test } from 'vitest';
import { Joi, normalizePluginOptions } from '@docusaurus/utils-validation';
import type { OptionValidationContext } from '@docusaurus/types';
import cardsPlugin from '../cards';
import commandIndexPlugin from '../commandIndex';
import diagramsPlugin from '../diagramsCommand';
import manifestsPlugin from '../manifests';
import pageContentPlugin from '../pageContent';
import { optionsValidator } from '../options';

/** What Docusaurus does with a plugin's validateOptions before the plugin runs. */
function validateWith(validateOptions: ReturnType<typeof optionsValidator> | undefined, options: object): unknown {
  type Options = { id?: string };
  const context: OptionValidationContext<Partial<Options>, Options> = { options, validate: normalizePluginOptions };
  if (!validateOptions) throw new Error('the plugin has no validateOptions');
  return validateOptions(context);
}

describe('plugin options', () => {
  test('a schema becomes the validation Docusaurus runs: defaults filled in, a missing field named', () => {
    const validateOptions = optionsValidator(
      Joi.object({ docsDir: Joi.string().required(), routePath: Joi.string().default('/x') }),
    );
    expect(validateWith(validateOptions, { docsDir: '/docs' })).toEqual({
      id: 'default',
      docsDir: '/docs',
      routePath: '/x',
    });
    expect(() => validateWith(validateOptions, {})).toThrow(/"docsDir" is required/);
    expect(() => validateWith(validateOptions, { docsDir: 3 })).toThrow(/"docsDir" must be a string/);
  });

  test.each([
    ['cards', cardsPlugin, /"docsDir" is required/],
    ['commandIndex', commandIndexPlugin, /"docsDir" is required/],
    ['diagrams', diagramsPlugin, /"docsDir" is required/],
    ['manifests', manifestsPlugin, /"manifestsDir" is required/],
    ['pageContent', pageContentPlugin, /"docsDir" is required/],
  ])('the %s plugin validates its options', (_name, plugin, missing) => {
    expect(() => validateWith(plugin.validateOptions, {})).toThrow(missing);
  });
});
