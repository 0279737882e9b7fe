/**
 * English strings of the section links and the Share dialog (src/components/classroom): a file of their
 * own so the Share module, loaded when a reader first shares, carries these and not the whole site's.
 */
const share = {
  'section.copied': 'Link copied',
  'section.copyFailed': 'Could not copy the link: copy it from the address bar',
  'share.button': 'Share',
  'share.title': 'Share this page',
  'share.url': 'Link to what is on screen',
  'share.copy': 'Copy link',
  'share.qr': 'QR code for {url}',
  'share.qrHint': 'Scan it with a phone camera to open the same page.',
  'share.large': 'Show large (for a projector)',
  'share.close': 'Close',
  'share.failed': 'The QR code could not be made. The link above still works.',
};

export default share;
