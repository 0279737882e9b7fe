/**
 * Korean strings of the section links and the Share dialog (src/components/classroom): a file of their
 * own so the Share module, loaded when a reader first shares, carries these and not the whole site's.
 */
const share = {
  'section.copied': '링크를 복사했어요',
  'section.copyFailed': '링크를 복사하지 못했어요. 주소 창에서 복사해 주세요',
  'share.button': '공유',
  'share.title': '이 페이지 공유하기',
  'share.url': '지금 화면의 링크',
  'share.copy': '링크 복사',
  'share.qr': '{url} 주소를 담은 QR 코드',
  'share.qrHint': '휴대폰 카메라로 찍으면 같은 페이지가 열려요.',
  'share.large': '크게 보기(프로젝터용)',
  'share.close': '닫기',
  'share.failed': 'QR 코드를 만들지 못했어요. 위의 링크는 그대로 쓸 수 있어요.',
};

export default share;
