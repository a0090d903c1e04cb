import { Carousel } from './Carousel';
import { BagIcon } from './Icons';

/**
 * A product template: Messenger fills each card (image, name, price) from the Page's
 * product catalog, so the preview can show only the product id, marked as such.
 */
function ProductCard({ id, label }: { id: string; label?: string }) {
  return (
    <div className="pv-card pv-card--product" role={label ? 'group' : undefined} aria-label={label}>
      <div className="pv-card__image pv-product__image" aria-hidden="true">
        <BagIcon size={32} />
      </div>
      <div className="pv-card__body">
        <p className="pv-product__badge">From the Page&rsquo;s catalog</p>
        <p className="pv-card__title">
          <span className="pv-visually-hidden">Catalog product </span>
          <code className="pv-product__id">{id || '(no id)'}</code>
        </p>
        <p className="pv-card__subtitle">Image, name and price come from the catalog</p>
      </div>
    </div>
  );
}

export function ProductTemplate({ productIds }: { productIds: string[] }) {
  if (productIds.length === 1) return <ProductCard id={productIds[0]!} label="Product template" />;
  return (
    <Carousel label={`Product carousel of ${productIds.length} catalog products`}>
      {productIds.map((id, i) => (
        <ProductCard key={i} id={id} />
      ))}
    </Carousel>
  );
}
