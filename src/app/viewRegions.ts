import type { PhoneView } from '../state/ui';

/** The ids of the parts of the page each phone view shows (the phone's tabs control them; the skip link goes to the canvas). */
export const VIEW_REGIONS: Record<PhoneView, string> = {
  design: 'designer-canvas',
  preview: 'designer-preview',
  inspector: 'designer-inspector',
  json: 'designer-details',
};
