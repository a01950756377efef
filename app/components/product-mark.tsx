// The product's mark, drawn as app/icon.svg draws it (a rising line on blue).
export function ProductMark() {
  return (
    <svg className="product-mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
      <rect width="32" height="32" rx="7" fill="#0b5cad" />
      <path d="M5 22 L12 15 L17 19 L26 9" fill="none" stroke="#fff" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
      <circle cx="26" cy="9" r="2.6" fill="#9ec5ec" />
    </svg>
  );
}
