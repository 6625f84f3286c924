import parameters from './abstention-model.json' with { type: 'json' };
import { LogisticModel, type LogisticModelParameters } from './logistic-model.js';

let model: LogisticModel | undefined;

/**
 * The abstention model fitted on the eval dev split by `npm run fit:abstention`
 * (`abstention-model.json`, bundled with the code). Built once.
 * @throws Error when the JSON does not match the model schema (a hand-edited or stale file: re-run the fit).
 */
export function defaultAbstentionModel(): LogisticModel {
  model ??= new LogisticModel(parameters as LogisticModelParameters);
  return model;
}
