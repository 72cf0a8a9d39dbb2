// The server's notes or warnings under a result, one small notice paragraph each, as text.

/** Each text as a `<p class="notice small">`, in order. */
export function Notices({texts}: {texts: readonly string[]}) {
  return (
    <>
      {texts.map(t => (
        <p class="notice small" key={t}>
          {t}
        </p>
      ))}
    </>
  );
}
