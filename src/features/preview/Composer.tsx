/** The message field at the bottom of the conversation; decoration only. */
export function Composer() {
  return (
    <div className="pv-composer" aria-hidden="true">
      <span className="pv-composer__plus">+</span>
      <span className="pv-composer__field">Aa</span>
    </div>
  );
}
