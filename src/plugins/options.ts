/**
 * The option validation of the site's plugins, one piece for all: each plugin declares a Joi schema,
 * and Docusaurus checks the options the config gives it against that schema before the plugin runs,
 * so a missing or mistyped option stops the build naming the plugin and the field.
 */
import type { OptionValidationContext, PluginModule } from '@docusaurus/types';
import type { Joi } from '@docusaurus/utils-validation';

/** `validateOptions` for a plugin whose options the schema describes. */
export function optionsValidator<Options>(
  schema: Joi.ObjectSchema<Options>,
): NonNullable<PluginModule['validateOptions']> {
  const validateOptions = ({ options, validate }: OptionValidationContext<Partial<Options>, Options>): Options =>
    validate(schema, options);
  // PluginModule declares validateOptions generic in the option types; this one is for its schema's.
  return validateOptions as NonNullable<PluginModule['validateOptions']>;
}
