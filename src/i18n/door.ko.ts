import type doorEn from './door.en';

/** Korean strings of the “which door” experiment (src/components/interactives/door-experiment). */
const door: Record<keyof typeof doorEn, string> = {
  'door.title': '직접 해 보기: 브라우저는 어느 문을 두드릴까요?',
  'door.lead':
    'example.com의 웹 서버는 TCP 80번과 443번 포트에서만 수신 대기해요. 포트를 고르거나 입력해서 브라우저가 http://example.com:포트/ 주소로 무엇을 하는지 보세요.',
  'door.input': '시도할 포트',
  'door.try': '이 포트로 시도',
  'door.quick': '빠른 선택',
  'door.doors': '서버의 문',
  'door.listening': '수신 대기 중',
  'door.closed': '아무도 없음',
  'door.chosen': '고른 문',
  'door.network': '브라우저가 하는 일',
  'door.station': '합정역에서는',
  'door.address': '주소',
  'door.step.connect': '브라우저가 {n}번 포트로 TCP 연결을 열고, 서버가 받아 줘요. 서버가 거기서 수신 대기하고 있으니까요.',
  'door.step.tls': '둘이 TLS 핸드셰이크를 해요. 서버가 자기가 누구인지 증명하고, 둘이 암호 키를 정해요.',
  'door.step.page': '암호화된 터널 안에서 브라우저가 GET /을 보내고 페이지를 받아요. 성공이에요.',
  'door.step.redirect':
    '브라우저가 암호화하지 않은 HTTP로 GET /을 보내요. 서버는 301 Moved Permanently로 답하면서 https://example.com/으로 가라고 알려 줘요.',
  'door.step.follow': '브라우저가 안내에 따라 443번 포트로 가서 TLS 핸드셰이크를 하고 페이지를 받아요.',
  'door.step.blocked': '브라우저가 패킷을 하나도 보내지 않고 바로 거절해요. {n}번 포트는 Fetch 표준의 ‘나쁜 포트’ 목록에 있거든요.',
  'door.step.blockedWhy':
    '이 포트들은 메일, 시간, 파일 공유 같은 다른 프로토콜의 것이라서 웹 페이지가 여기로 HTTP를 보내면 안 돼요. 크롬은 ERR_UNSAFE_PORT를 보여 줘요.',
  'door.step.syn': '브라우저가 {n}번 포트로 연결을 시작하는 TCP 패킷(SYN)을 보내요.',
  'door.step.nobody': '서버의 {n}번 포트에서 수신 대기하는 프로그램이 없어요.',
  'door.step.refusedOrTimeout':
    '서버가 곧바로 리셋으로 답하거나(연결 거부), 방화벽이 패킷을 버려서 브라우저가 한참 기다리다 포기해요(시간 초과).',
  'door.invalid.empty': '먼저 포트 번호를 입력하세요.',
  'door.invalid.too-long': '포트 번호라기엔 너무 길어요.',
  'door.invalid.negative': '포트 번호는 0부터 시작해요. 음수 포트는 없어요.',
  'door.invalid.too-large': '가장 큰 포트 번호는 65535예요(포트는 16비트 숫자예요).',
  'door.invalid.fraction': '포트 번호는 소수점 없는 정수예요.',
  'door.invalid.exponent': '8080처럼 숫자만으로 써 주세요.',
  'door.invalid.hex': 'URL에서 포트는 16진수가 아니라 10진수로 써요.',
  'door.invalid.name': '그건 숫자가 아니라 이름이에요. URL에서 콜론 뒤의 포트는 숫자여야 해요.',
  'door.invalid.not-a-number': '포트 번호가 아니에요. 포트는 0부터 65535까지의 정수예요.',
  'door.invalid.meant': '{n}번을 말한 건가요?',
  'door.analogy.page': '{n}번 출구로 가요. 친구가 바로 거기서 기다리고 있어서 만나요.',
  'door.analogy.redirect': '{n}번 출구에서 친구가 ‘443번 출구에서 만나자’라는 팻말을 들고 있어요. 그쪽으로 걸어가서 만나요.',
  'door.analogy.blocked': '역무원이 개찰구에서 막아요. {n}번 출구는 다른 일을 하는 직원용이지 손님용이 아니에요.',
  'door.analogy.closed': '{n}번 출구로 가 봐도 아무도 없어요. 친구는 80번과 443번 출구에 있거든요.',
  'door.analogy.invalid': '그런 번호의 출구는 없어요. 0부터 65535까지의 번호를 말해 주세요.',
  'door.announce.page': '{n}번 포트: 연결, TLS 핸드셰이크, 페이지 로드 성공.',
  'door.announce.redirect': '{n}번 포트: 연결한 뒤 443번 포트의 HTTPS로 안내받아 페이지를 불러왔어요.',
  'door.announce.blocked': '{n}번 포트: 브라우저가 안전하지 않은 포트라며 아무것도 보내지 않아요.',
  'door.announce.closed': '{n}번 포트: 수신 대기하는 프로그램이 없어서 연결이 거부되거나 시간이 초과돼요.',
  'door.announce.invalid': '포트 번호가 아니에요.',
  'door.note.badParam': '링크가 요청한 포트 값(“{value}”)은 포트 번호가 아니어서 {n}번에서 실험을 시작해요.',
  'door.noJs': '문마다 일어나는 일:',
  'door.noJsPort': '포트',
  'door.noJsResult': '브라우저가 하는 일',
  'door.noJsOther': '그 밖의 포트',
};

export default door;
