import { TemplateButtons } from './TemplateButtons';
import type { ButtonModel } from './sendModel';
import type { OnTap } from './taps';

/** The button template: its text, then up to 3 buttons, on one card. */
export function ButtonTemplate({ text, buttons, onTap }: { text: string; buttons: ButtonModel[]; onTap: OnTap }) {
  return (
    <div className="pv-card pv-card--button-template" role="group" aria-label="Button template">
      <div className="pv-card__body">
        <p className="pv-card__text">{text}</p>
      </div>
      <TemplateButtons buttons={buttons} onTap={onTap} />
    </div>
  );
}
