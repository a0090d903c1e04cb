export { Preview, type PreviewProps } from './Preview';
export { staticSource, type ConversationSource } from './source';
export { PreviewPane } from './PreviewPane';
