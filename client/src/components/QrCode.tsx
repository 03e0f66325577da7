import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code for `url`, drawn as SVG and shown as an image with a text alternative. */
export function QrCode({ url, label, size = 200 }: { url: string; label: string; size?: number }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then(
      (svg) => live && setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`),
      () => live && setSrc(null),
    );
    return () => {
      live = false;
    };
  }, [url]);
  return src ? <img className="qr" src={src} alt={label} width={size} height={size} /> : null;
}
