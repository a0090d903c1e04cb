/** The core's public face: pure TypeScript, no React, no DOM, no store. */
export { check } from './check';
export { checkText, checkTextAt, checkBytes, parseJson, locate, lineLocator, type ParseResult, type SyntaxErrorInfo, type CheckedBytes } from './checkText';
export { decodeJsonBytes, type DecodeResult, type EncodingErrorInfo, type JsonEncoding } from './encoding';
export { jsonTree, markSpan, markSpans, elementSpan, pointerAt, minimalEdit, syntaxSpan, type TextSpan, type JsonNode } from './jsonText';
export { LIMITS, TAGS, TAG_RETIRED_SINCE, OPTIN_FREQUENCY, SUPPORTED_MIME_TYPES, MESSENGER_CHANNEL, type LimitName, type TagName } from './limits';
export { RULES, type RuleCode } from './codes';
export { MATRIX, matrixRowIndex, describeInputs, type MatrixRow } from './matrix';
export { REQUEST_SCHEMA } from './schema';
export { limitFor, type CountedField, type FieldContext } from './fieldLimits';
export { ACTION_NAMES, type Action } from './suggestions';
export { codePoints, depthOf, isObject } from './text';
export { findKey } from './canonical';
export { isHttpUrl, classifyUrl } from './url';
export { getAt, join as joinPointer, parsePointer, escapeToken } from './pointer';
export type * from './types';
export { OUTCOMES } from './types';
export { SEVERITIES, bySeverity, worstSeverity } from './severity';
export { setInText, removeInText, insertInText, moveInText, minifyText, editText, editsText } from './jsonEdit';
export { applyEdit, applyEdits, type EditOp, type Carry } from './ops';
// The fixes (./fixes, ./fixText) and the batch (./batch, ./batchTable) are imported from their own modules: the page
// loads them lazily, and an export here would put them in its first load.
export { FIXABLE_CODES, isFixable, type FixableCode } from './fixable';
