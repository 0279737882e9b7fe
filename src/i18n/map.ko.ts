import type mapEn from './map.en';

/** Korean strings of the port map (src/components/interactives/port-map). */
const map: Record<keyof typeof mapEn, string> = {
  'map.title': '포트 65,536개 전체 지도',
  'map.pageLead':
    '0부터 65535까지 포트 번호 하나하나가 네모 한 칸이에요. 한 줄에 256개씩, 한 줄이 한 블록이고, 왼쪽 위가 0, 오른쪽 아래가 65535예요. 색은 IANA 레지스트리에서의 상태를 나타내요.',
  'map.imgAlt':
    '포트 번호 65,536개를 256×256 격자로 그리고 IANA 상태에 따라 색칠한 지도예요. 할당된 번호는 시스템 포트(0–1023)인 처음 네 줄에 빽빽하고, 사용자 포트로 갈수록 드문드문해져요. 49152부터의 동적 포트인 마지막 64줄은 모두 할당되지 않았어요.',
  'map.legend': '색',
  'map.status.unassigned': '할당되지 않음',
  'map.status.assigned': '할당됨',
  'map.status.range': '할당된 범위의 일부',
  'map.status.reserved': '예약됨',
  'map.count': '{n}개',
  'map.overlay': '겹쳐 보기',
  'map.overlay.none': '없음',
  'map.overlay.ranges': 'RFC 6335의 세 범위',
  'map.overlay.privileged': '특권 포트(1024 미만)',
  'map.overlay.linux': '리눅스 임시 포트(32768–60999)',
  'map.overlay.windows': '윈도우와 macOS 임시 포트(49152–65535)',
  'map.slider': '포트 지도',
  'map.goto': '포트로 가기',
  'map.go': '보기',
  'map.describe': '{n}번 포트',
  'map.range.system': '시스템 포트(0–1023)',
  'map.range.user': '사용자 포트(1024–49151)',
  'map.range.dynamic': '동적 포트(49152–65535)',
  'map.names': 'IANA 이름: {names}',
  'map.noNames': 'IANA에 이 번호의 이름이 없어요.',
  'map.open': '{n}번 포트 페이지 열기',
  'map.openBlock': '블록에서 {n}번 포트 보기',
  'map.block': '{first}–{last}번 포트 확대',
  'map.keys':
    '지도에서: ←와 →는 한 칸씩, ↑, ↓, Page Up, Page Down은 256개 한 줄씩 움직이고, Home과 End는 0번과 65535번으로 가요. Enter를 누르면 그 포트의 페이지가 열려요.',
  'map.note.badParam': '링크의 {name} 값(“{value}”)은 쓸 수 없어서 지도를 기본 상태로 시작해요.',
  'map.ranges': '세 범위',
  'map.blocks': '256개씩 묶은 모든 블록',
  'map.loadFailed': '이 블록의 이름을 불러오지 못했어요. 블록 페이지에서 볼 수 있어요.',
  'map.full': '포트 65,536개 전체 지도 열기',
  'map.invalid': '포트는 0부터 65535까지의 정수예요.',
};

export default map;
