/** The JSON writer lives in the core (the page's batch export writes the same text): see ../core/writeJson. */
export { writeJson, chunked } from '../core/batch';
