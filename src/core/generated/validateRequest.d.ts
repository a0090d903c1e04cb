/** The standalone ajv validator of REQUEST_SCHEMA (generated; see src/cli/genValidator.ts). */
export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
export interface ValidateFunction {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}
declare const validate: ValidateFunction;
export default validate;
export { validate };
