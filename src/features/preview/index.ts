export { Preview, type PreviewProps } from './Preview';
