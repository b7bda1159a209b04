import { useLayoutEffect, useState } from 'react';

type Size = { width: number; height: number };

/** The element's inner size, kept up to date as it changes. Null until first measured. */
export function useElementSize(ref: React.RefObject<HTMLDivElement | null>) {
  const [size, setSize] = useState<Size | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // The same size again (as when a canvas set aside is shown) lays nothing out again.
    const measure = () =>
      setSize((last) =>
        last?.width === element.clientWidth && last.height === element.clientHeight
          ? last
          : { width: element.clientWidth, height: element.clientHeight },
      );
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
