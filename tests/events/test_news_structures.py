"""Structures of wire copy, Japanese and English, that decide who acts on whom and whether an act
is one: a bare 政府 abroad, acts listed as what is asked for, a modal noun with ある, nationalities
and the home country's own bodies, conditions, agentless passives, reactions to an act named again,
named ships, what is talked about (real model, real knowledge base)."""

from __future__ import annotations

import pytest

from newsgraph.model import Document
from newsgraph.pipeline import Pipeline
from tests.events.composed import as_recorded, coded, event_types, sides

# Who acts on whom: (text, type, [(source countries, target countries)] of the events of that type).
WHO_ACTS_ON_WHOM = [
    pytest.param(
        "中国商務省は、日本の20の企業などについて輸出規制対象に指定した。",
        "SANCTION",
        [({"CHN"}, {"JPN"})],
        id="a measure someone is made the object of, written without の (輸出規制対象に指定)",
    ),
    pytest.param(
        "アメリカ国防総省は22日、アメリカ軍と韓国軍が合同で北朝鮮の核の脅威を想定した図上演習を、ワシントンで行ったことを明らかにした。",
        "COOPERATE",
        [({"USA", "KOR"}, {"USA", "KOR"})],
        id="the doers the parse hangs on what an act has in view (…を想定した演習) do the act",
    ),
    pytest.param(
        "ミャンマーの軍事政権は民主派の指導者を拘束した。",
        "COERCE",
        [({"MMR"}, {"MMR"})],
        id="a military government (軍事政権, 軍政) is the government of its country",
    ),
    pytest.param(
        "イスラエル軍は3日、ハマスの司令部などがあるとして、過去24時間にガザ地区全域で、およそ40か所を空爆したと発表した。",
        "ASSAULT",
        [({"ISR"}, {"PSE"})],
        id="the subject of the grounds a report gives (…があるとして) is no doer; the reporter does the act",
    ),
    pytest.param(
        "イランがイスラエルへの報復としてミサイル180発以上による大規模な攻撃を行った。",
        "ASSAULT",
        [({"IRN"}, {"ISR"})],
        id="whom an act answers (Xへの報復として) is whom it is aimed at",
    ),
    pytest.param(
        "韓国・釜山でアメリカ・トランプ大統領、中国・習近平国家主席が対面で会談した。",
        "CONSULT",
        [({"USA", "CHN"}, {"USA", "CHN"})],
        id="names listed each with its country (A国・X、B国・Y) are one subject, meeting each other",
    ),
    pytest.param(
        "日本、米国、オーストラリア、インドの外相は29日、東京都内で会合を開いた。",
        "CONSULT",
        [({"JPN", "USA", "AUS", "IND"}, {"JPN", "USA", "AUS", "IND"})],
        id="countries listed with the one owning a title own it with it, and meet each other",
    ),
    pytest.param(
        "韓国外務省は、ソウルにある日本大使館の総括公使を呼んで直接抗議の意思を伝えた。",
        "ACCUSE",
        [({"KOR"}, {"JPN"})],
        id="the stance a light verb carries names the act (抗議の意思を伝えた)",
    ),
    pytest.param(
        "RSFはこの計画の受け入れを表明したが、その直後にスーダン軍の支配地域を攻撃していた。",
        "ASSAULT",
        [({"SDN"}, {"SDN"})],
        id="a topic whose clause ends in but (表明したが) acts in the clause after, it reports nothing",
    ),
    pytest.param(
        "ウクライナの首都キーウで21日、ロシア軍の無人機による攻撃で集合住宅が被害を受けた。",
        "ASSAULT",
        [({"RUS"}, {"UKR"})],
        id="the owner of what an attack is done with does it",
    ),
    pytest.param(
        "フィリピン当局は、補給船が中国海警局の船による放水を受けたと発表した。",
        "ASSAULT",
        [({"CHN"}, {"PHL"})],
        id="the owner of the ship a water cannon is fired from fires it",
    ),
    pytest.param(
        "ロシア軍の攻撃でウクライナの発電所が大きな被害を受けた。",
        "ASSAULT",
        [({"RUS"}, {"UKR"})],
        id="harm taken from an attack names whom it hit",
    ),
    pytest.param(
        "米英は豪州が原子力潜水艦を導入することを支援することも表明した。",
        "AID",
        [({"USA", "GBR"}, {"AUS"})],
        id="help for an act taken as the object goes to whoever does it; countries written glued are both",
    ),
    pytest.param(
        "アメリカ国務省は、フィリピンの公船が攻撃されれば、相互防衛条約の適用対象になると警告して中国に自制を求めた。",
        "THREATEN",
        [({"USA"}, {"CHN"})],
        id="who suffers the act a warning's condition names is not warned, whom it goes on to address is",
    ),
    pytest.param(
        "外務省は中国の駐日大使を呼び、中国の大阪総領事がSNSに投稿したことに強く抗議した。",
        "ACCUSE",
        [({"JPN"}, {"CHN"})],
        id="the city a consul general serves in is no party",
    ),
    pytest.param(
        "インドとパキスタンは、米国の仲介を通じて即時停戦に合意した。",
        "CONSULT",
        [({"USA"}, {"IND", "PAK"})],
        id="the one whose mediation the parties act through mediates between them",
    ),
    pytest.param(
        "インドとパキスタンは停戦に合意した。ルビオ米国務長官は、両国政府が中立地帯で協議を開始すると記した。",
        "CONSULT",
        [({"IND", "PAK"}, {"IND", "PAK"})],
        id="両国政府 names both parties of the act before",
    ),
    pytest.param(
        "ウクライナ空軍によりますと、ロシア軍が首都キーウや南部オデーサなどにドローンを使い攻撃を行いました。",
        "ASSAULT",
        [({"RUS"}, {"UKR"})],
        id="whom a report is according to is no side of the act, so the places attacked are its target",
    ),
    pytest.param(
        "フランスなど新たに5か国がパレスチナの国家承認を宣言した。",
        "SUPPORT",
        [({"FRA"}, {"PSE"})],
        id="an example given with など before a counted subject is one of those who act",
    ),
    pytest.param(
        "中印は17日、攻撃を始めたのは相手側だとして互いを非難した。",
        "ACCUSE",
        [({"CHN", "IND"}, {"CHN", "IND"})],
        id="an act on each other (互いを) is each party's on the other",
    ),
    pytest.param(
        "ロシアとウクライナの双方が相手側を非難している。",
        "ACCUSE",
        [({"RUS", "UKR"}, {"RUS", "UKR"})],
        id="an act on the other side (相手側を) is each party's on the other",
    ),
    pytest.param(
        "中国外務省の報道官は「日本側の誤った言動に強い不満を表明する」と述べた。",
        "ACCUSE",
        [({"CHN"}, {"JPN"})],
        id="whom a feeling is shown to is the verb's, where the parse hangs it on the adjective before",
    ),
    pytest.param(
        "旧ソ連・ジョージアの首都トビリシでデモがあった。デモ隊と警察が衝突した。タス通信によると、多数が拘束された。",
        "COERCE",
        [({"GEO"}, {"GEO"})],
        id="people counted with 多数 as a passive's subject are the state's own",
    ),
    pytest.param(
        "旧ソ連・ジョージアの首都トビリシで法案に反対するデモがあった。",
        "PROTEST",
        [({"GEO"}, {"GEO"})],
        id="the former state a country belonged to is no place of the protest",
    ),
    pytest.param(
        "スウェーデンについては、ハンガリーが承認を保留している。",
        "REJECT",
        [({"HUN"}, {"SWE"})],
        id="a refusal aimed at no one abroad is aimed at the country the sentence is about",
    ),
    pytest.param(
        "ロシアは日本の漁船を拿捕し、乗組員5人を拘束した。",
        "COERCE",
        [({"RUS"}, {"JPN"}), ({"RUS"}, {"JPN"})],
        id="people counted, not named, of what the verb before acts on are its owner's",
    ),
    pytest.param(
        "英国に続き、フランスもロシアに制裁を科した。",
        "SANCTION",
        [({"FRA"}, {"RUS"})],
        id="who did it before (Xに続き) is no party of the act",
    ),
    pytest.param(
        "トランプ大統領は、イランを批判し、同国が中東に及ぼす影響を非難した。",
        "ACCUSE",
        [({"USA"}, {"IRN"}), ({"USA"}, {"IRN"})],
        id="beside a topic, a が-phrase is the subject of the relative clause right after it",
    ),
    pytest.param(
        "ウクライナ東部の都市がロシア軍に占領された。",
        "ASSAULT",
        [({"RUS"}, {"UKR"})],
        id="a verb of the lexicon written with し (占領し) holds in its passive too",
    ),
    pytest.param(
        "中国は世界貿易機関を通じて米国の関税措置に異議を申し立てた。",
        "ACCUSE",
        [({"CHN"}, {"USA"})],
        id="what an act goes through (を通じて) is no party; a light verb carries 異議 with its に",
    ),
    pytest.param(
        "イランは反政府デモの参加者ら5人を処刑した。",
        "ASSAULT",
        [({"IRN"}, {"IRN"})],
        id="people counted, not named, whom a state executes are its own",
    ),
    pytest.param(
        "米国はロシアを非難し、ウクライナからの即時撤退を求めた。",
        "REQUEST",
        [({"USA"}, {"RUS"})],
        id="where a request would have someone leave is no one asked; whom the verb before acts on is",
    ),
    pytest.param(
        "安保理はルワンダ軍にコンゴからの撤退を要求した。",
        "REQUEST",
        [({None}, {"RWA"})],
        id="the one asked to leave a place is asked, not the place",
    ),
    pytest.param(
        "英国はロシアを非難したが、ロシア側は関与を否定。",
        "REJECT",
        [({"RUS"}, {"GBR"})],
        id="a verb of the lexicon written as its noun ending the sentence (否定。) is the verb",
    ),
    pytest.param(
        "中国は日本に対抗措置を取った。",
        "THREATEN",
        [({"CHN"}, {"JPN"})],
        id="a phrase of the lexicon holds with its verb inflected",
    ),
    pytest.param(
        "イランは英国に「報復措置」を取ると表明した。",
        "THREATEN",
        [({"IRN"}, {"GBR"})],
        id="a phrase of the lexicon holds with its noun in quotes",
    ),
    pytest.param(
        "イスラエル軍は、レバノン南部の村の倉庫や住宅、道路などに向けて砲弾を発射した。",
        "ASSAULT",
        [({"ISR"}, {"LBN"})],
        id="a launch aimed at what another country owns, listed and closed by など, is an attack on it",
    ),
    pytest.param(
        "北朝鮮は日本海に向けて弾道ミサイルを発射した。",
        "ASSAULT",
        [],
        id="a launch toward the sea hits no one",
    ),
    pytest.param(
        "フランス、ドイツ、アラブ首長国連邦(UAE)、オランダは2日、ロシアとの協定を破棄した。",
        "SANCTION",
        [({"FRA", "DEU", "ARE", "NLD"}, {"RUS"})],
        id="a list of names goes on past a gloss in brackets",
    ),
    pytest.param(
        "英国は、イランがロシアに無人機を供与しているとして制裁を科した。",
        "SANCTION",
        [({"GBR"}, {"IRN"})],
        id="a measure naming no target falls on whoever its grounds (…として) say acted",
    ),
    pytest.param(
        "オランダ、ベルギー、ルクセンブルクは3日、ベネズエラが選挙を不正に操作したとして大使を召還した。",
        "SANCTION",
        [({"NLD", "BEL", "LUX"}, {"VEN"})],
        id="a measure of listed countries falls on whoever its grounds say acted",
    ),
    pytest.param(
        "欧州連合はロシアへの追加制裁を協議している。",
        "CONSULT",
        [],
        id="what talks take up (the object of 協議) is no partner of them",
    ),
    pytest.param(
        "米国は北朝鮮の非核化をめぐり日本と協議した。",
        "CONSULT",
        [({"USA"}, {"JPN"})],
        id="the owner of what talks are about is no party of them",
    ),
    pytest.param(
        "インドとパキスタンをめぐっては、先月起きたテロを発端にインド軍が報復攻撃に踏み切り、"
        "パキスタン軍が反撃作戦を始めた。",
        "ASSAULT",
        [({"IND"}, {"PAK"}), ({"PAK"}, {"IND"})],
        id="names in what a passage is about (をめぐっては) are no targets of the attacks it tells",
    ),
    pytest.param(
        "安倍晋三首相は7日午前、韓国の文在寅(ムン・ジェイン)大統領との会談で、立場を改めて伝えた。",
        "CONSULT",
        [({"JPN"}, {"KOR"})],
        id="a name with its reading in brackets before its title is the partner of talks",
    ),
    pytest.param(
        "中国外務省の洪磊(こう・らい)報道官は30日、スパイ活動を行った疑いがあるとして、日本人2人を逮捕したことを明らかにした。",
        "COERCE",
        [({"CHN"}, {"JPN"})],
        id="a spokesperson named with a reading in brackets speaks for the body before",
    ),
    pytest.param(
        "米国とイスラエルによるイラン攻撃が続いた。",
        "ASSAULT",
        [({"USA", "ISR"}, {"IRN"})],
        id="names listed before による all do the act",
    ),
    pytest.param(
        "一方、露中の国連大使は「紛争の根本原因は米国とイスラエルの攻撃だ」と批判した。",
        "ACCUSE",
        [({"RUS", "CHN"}, {"USA", "ISR"})],
        id="a state's envoy to a body speaks for the state, not the body",
    ),
    pytest.param(
        "米政府はロシアに武器を提供したとして、北朝鮮の企業を制裁対象に指定した。",
        "AID",
        [({"PRK"}, {"RUS"})],
        id="the act a measure is taken for is done by whom the measure falls on",
    ),
    pytest.param(
        "北朝鮮がミサイルを発射したとして、日本政府は北朝鮮に抗議した。",
        "MOBILIZE",
        [({"PRK"}, set())],
        id="a ground whose doer is named keeps its doer",
    ),
    pytest.param(
        "カタールはハマスおよびイスラエルと協議した。",
        "CONSULT",
        [({"QAT"}, {"PSE", "ISR"})],
        id="names the parse lists with the target are targets too",
    ),
    pytest.param(
        "エジプト関係筋はロイターに対し、カタールとエジプトがイスラエルと協議中だと語った。",
        "CONSULT",
        [({"QAT", "EGY"}, {"ISR"})],
        id="an outlet someone speaks to is no party to what is told",
    ),
    pytest.param(
        "岸田首相はゼレンスキー大統領と電話会談を行った。これに対してゼレンスキー大統領からは「深い謝意」が示された。",
        "SUPPORT",
        [({"UKR"}, {"JPN"})],
        id="a passive light verb whose subject is the act it carries: から names who does it",
    ),
    pytest.param(
        "米国によって北朝鮮に新たな制裁が科された。",
        "SANCTION",
        [({"USA"}, {"PRK"})],
        id="a passive light verb whose subject is the act it carries: に names on whom",
    ),
    pytest.param(
        "岸田首相はゼレンスキー大統領に対して「ロシアを強く非難する」と伝えた。",
        "ACCUSE",
        [({"JPN"}, {"RUS"})],
        id="whom a report is told to is no target of what the reported verb's own object names",
    ),
    pytest.param(
        "岸田首相は「ロシアのウクライナ侵略は暴挙だ」と述べた。",
        "ACCUSE",
        [({"JPN"}, {"RUS"})],
        id="a wrong a quotation makes of what it is about is its doer's, denounced by the speaker",
    ),
    pytest.param(
        "ロシア当局は反戦デモの参加者100人以上を拘束した。",
        "COERCE",
        [({"RUS"}, {"RUS"})],
        id="people counted and not named whom a state arrests are its own",
    ),
    pytest.param(
        "香港当局は11日、デモで230人を逮捕したと発表した。",
        "COERCE",
        [({"HKG"}, {"HKG"})],
        id="people counted are the arresting authority's own, a territory's too",
    ),
    pytest.param(
        "ベトナムのグエン・スアン・フック国家主席が韓国を訪問する。尹大統領はフック主席と会談した。",
        "CONSULT",
        [({"VNM"}, {"KOR"}), ({"KOR"}, {"VNM"})],
        id="a foreign name told again by its last part keeps the country its phrase gave it",
    ),
    pytest.param(
        "ウクライナ東部にロシアのミサイルが撃ち込まれた。",
        "ASSAULT",
        [({"RUS"}, {"UKR"})],
        id="what is fired is no patient of a passive of firing: its owner fires it where に says",
    ),
    pytest.param(
        "ロシア軍は、ウクライナの首都キーウへの攻撃を繰り返しています。",
        "ASSAULT",
        [({"RUS"}, {"UKR"})],
        id="an act repeated is carried by 繰り返す, done by its topic",
    ),
    pytest.param(
        "ロシア軍は、ウクライナの首都キーウへの攻撃をやめない。",
        "ASSAULT",
        [({"RUS"}, {"UKR"})],
        id="the owner of the noun an act is aimed at is hit, not the attacker",
    ),
    pytest.param(
        "ニアメーでは、フランスに反発するデモが広がった。",
        "PROTEST",
        [({"NER"}, {"FRA"})],
        id="the reaction that qualifies a protest names whom it is against; the place, who protests",
    ),
    pytest.param(
        "米政府は、マドゥロ政権の幹部らを対象とした追加制裁を発表した。",
        "SANCTION",
        [({"USA"}, {"VEN"})],
        id="the owner of the people a measure is aimed at is hit",
    ),
    pytest.param(
        "英国もベネズエラ当局者15人を対象に制裁措置を導入した。",
        "SANCTION",
        [({"GBR"}, {"VEN"})],
        id="what 対象 takes is what a measure falls on",
    ),
    pytest.param(
        "マドゥロ氏の3期目就任宣誓に当たり、米国は制裁措置を発表した。",
        "SANCTION",
        [({"USA"}, {"VEN"})],
        id="a measure its subject takes naming no one it falls on hits the one other country named",
    ),
    pytest.param(
        "親イラン民兵組織ヒズボラがイスラエル北部を攻撃した。",
        "ASSAULT",
        [({"LBN"}, {"ISR"})],
        id="a country a word says its bearer sides with (親イラン) takes no part",
    ),
    pytest.param(
        "北朝鮮を訪れているプーチン氏は首脳会談の冒頭、北朝鮮の支援に謝意を表明した。",
        "AID",
        [({"PRK"}, {"RUS"})],
        id="a light verb carries its object, not the act its dative names: that act is its owner's",
    ),
    pytest.param(
        "ロシアの侵攻は国際法違反に当たるとして、日本政府は強く非難した。",
        "ACCUSE",
        [({"JPN"}, {"RUS"})],
        id="a reaction is aimed at who did the act its ground judges",
    ),
    pytest.param(
        "日本・アメリカ・韓国による共同訓練が29日終了しました。",
        "COOPERATE",
        [({"JPN", "USA", "KOR"}, {"JPN", "USA", "KOR"})],
        id="the parties named together of a joint drill cooperate with each other",
    ),
    pytest.param(
        "日米韓3か国による共同訓練は29日まで行われました。",
        "COOPERATE",
        [({"JPN", "USA", "KOR"}, {"JPN", "USA", "KOR"})],
        id="a count of the countries named before their particle leaves them the agents",
    ),
    pytest.param(
        "インドとパキスタンの国境付近で銃撃戦があった。",
        "ASSAULT",
        [({"IND", "PAK"}, {"IND", "PAK"})],
        id="a clash at the border of two named countries is between them",
    ),
    pytest.param(
        "アメリカ政府は、ロシアの金融機関など300以上の団体や個人に対する追加制裁を発表しました。",
        "SANCTION",
        [({"USA"}, {"RUS"})],
        id="the owner of a list summed up after など is hit",
    ),
    pytest.param(
        "ロシア軍のウクライナ東部への攻撃が続いた。",
        "ASSAULT",
        [({"RUS"}, {"UKR"})],
        id="a part of a named place is that place: the owner before it acts",
    ),
    pytest.param(
        "中国軍の台湾周辺での演習が続いた。",
        "MOBILIZE",
        [({"CHN"}, {"TWN"})],
        id="a drill around a place is its owner's, aimed at the place",
    ),
    pytest.param(
        "北朝鮮は韓国の延坪島を砲撃した。",
        "ASSAULT",
        [({"PRK"}, {"KOR"})],
        id="a place the knowledge base lacks is in the country it is written of",
    ),
    pytest.param(
        "北朝鮮の砲撃で、韓国の延坪島で住民2人が死亡した。",
        "ASSAULT",
        [({"PRK"}, {"KOR"})],
        id="where a shelling kills is the country the unknown place is written of",
    ),
    pytest.param(
        "一方、ロシアは「(ウクライナは)代償を払う」と反撃する姿勢も見せている。",
        "THREATEN",
        [({"RUS"}, {"UKR"})],
        id="a relative clause on a noun that names no one keeps the sentence's topic",
    ),
    pytest.param(
        "政府はイランと軍事協力を深める北朝鮮の個人も資産凍結の対象とします。",
        "COOPERATE",
        [({"PRK"}, {"IRN"})],
        id="a relative clause's doer is the noun it modifies, not the sentence's topic",
    ),
    pytest.param(
        "政府はイランと軍事協力を深める北朝鮮の個人も資産凍結の対象とします。",
        "SANCTION",
        [({"JPN"}, {"PRK"})],
        id="whom a measure is made the object of is its target",
    ),
    pytest.param(
        "英国政府は12日、ウクライナに侵攻するロシアなどの計51団体に対し、資産凍結の追加制裁を決めた。",
        "SANCTION",
        [({"GBR"}, {"RUS"})],
        id="the noun a relative clause modifies with ni taishi is whom a measure is on",
    ),
    pytest.param(
        "インドとパキスタン両政府が停戦で合意した。米大統領は「戦闘に終止符を打つ米国の提案を両政府が受け入れた"
        "ことをうれしく思う」と表明した。",
        "CONCEDE",
        [({"IND", "PAK"}, {"USA"})],
        id="a clause whose own subject is both parties is theirs, not the speaker's",
    ),
    pytest.param(
        "イスラエルとハマスは27日、一時停戦に入った。米国が仲介し、イスラエルとエジプトの両政府が合意した。",
        "AGREE",
        [({"ISR", "EGY"}, {"ISR", "EGY"})],
        id="the two a word for both is written on are the two",
    ),
    pytest.param(
        "北朝鮮は弾道ミサイルを発射し、日本はこれを非難した。",
        "ACCUSE",
        [({"JPN"}, {"PRK"})],
        id="kore points back to who acts in the clause before",
    ),
    pytest.param(
        "北朝鮮は弾道ミサイルを発射した。日本政府はこれを強く非難した。",
        "ACCUSE",
        [({"JPN"}, {"PRK"})],
        id="kore points back to the last act the story told",
    ),
    pytest.param(
        "フーシ派は紅海の商船に向けてドローンを発射し、アメリカ軍がこれを撃墜した。",
        "ASSAULT",
        [({"USA"}, {"YEM"})],
        id="what is shot down after kore was sent by whoever sent it",
    ),
    pytest.param(
        "フィリピン軍は5日、中国と領有権を争う南シナ海の南沙諸島の海域で、補給物資を運ぶために向かった輸送船が、"
        "中国海警局の船から放水銃を発射されたと発表した。",
        "ASSAULT",
        [({"CHN"}, {"PHL"})],
        id="a state ship named with no owner in the state's report is its own",
    ),
    pytest.param(
        "ベトナム外務省は、南シナ海で、ベトナム軍の兵士が常駐する岩礁への物資を載せた輸送船が、中国海警局の船に"
        "進路を妨害されたとして、中国側に抗議したことを明らかにした。",
        "ACCUSE",
        [({"VNM"}, {"CHN"})],
        id="a protest is aimed at whom its own dative names, not at a name in its reasons",
    ),
    pytest.param(
        "ロシア大統領府はベラルーシのルカシェンコ大統領は野党と交渉した結果、辞任を決断したと発表した。",
        "RETREAT",
        [({"BLR"}, set())],
        id="the first of two topics reports, the second does what is reported",
    ),
    pytest.param(
        "ハマスは10日、イスラエル軍の戦車を対戦車ミサイルで攻撃したと主張した。",
        "ASSAULT",
        [({"PSE"}, {"ISR"})],
        id="a claim of an act whose clause names no doer is the claimant's own act",
    ),
    pytest.param(
        "米国務省は、南シナ海でフィリピン軍の補給船や巡視船が中国海警局の船から放水銃を発射され、"
        "活動が妨害されたとして、中国を非難した。",
        "ASSAULT",
        [({"CHN"}, {"PHL"})],
        id="who a passive in a report names acts, not the topic of the report",
    ),
    pytest.param(
        "ベトナム政府は、南シナ海で輸送船や巡視船が中国海警局の船から放水銃を発射されたとして、中国の大使を呼んで"
        "抗議した。",
        "ACCUSE",
        [({"VNM"}, {"CHN"})],
        id="a protest at what was done to its own ships is aimed at whom it addresses",
    ),
    pytest.param(
        "北朝鮮の外務省報道官は12日、日米合同演習が始まったことについて非難する談話を発表した。",
        "ACCUSE",
        [({"PRK"}, {"JPN", "USA"})],
        id="a reaction to an act that came about is aimed at who does the act",
    ),
    pytest.param(
        "韓国国防部は17日、北朝鮮のキム・ヨジョン朝鮮労働党第1副部長が米韓合同演習を非難したことについて"
        "「定例の訓練だ」と反論した。",
        "ACCUSE",
        [({"PRK"}, {"USA", "KOR"}), ({"KOR"}, {"PRK"})],
        id="a name the parse cuts off the title after it is the title's subject",
    ),
    pytest.param(
        "ウクライナのシビハ外相もSNSで、ロシアが先週ウクライナに約300発の誘導爆弾、100機以上の無人機を発射したと主張。",
        "ACCUSE",
        [({"UKR"}, {"RUS"})],
        id="a claim is against who does the act claimed, not whom the act hits",
    ),
    pytest.param(
        "石破首相はフィリピンのマルコス大統領と電話会談し、台風で被害を受けた住民への緊急支援の実施を表明した。",
        "AID",
        [({"JPN"}, {"PHL"})],
        id="aid offered in talks goes to the other side of the talks",
    ),
    pytest.param(
        "中国政府で台湾政策を担当する台湾事務弁公室は記者会見で英国の首相の発言について、「英国の指導者が議会で"
        "公然と発表した台湾に関する悪質な発言は『一つの中国』原則に反し、中国の内政に著しく干渉するものだ。"
        "我々は強い不満を表明し、断固反対する」と述べた。",
        "ACCUSE",
        [({"CHN"}, {"GBR"})],
        id="we in a quotation are the speaker, and the object of a relative clause is none of the act's",
    ),
    pytest.param(
        "ロシア軍は5日、ウクライナ東部の発電所を含む複数のエネルギー施設をミサイルで攻撃したと発表した。",
        "ASSAULT",
        [({"RUS"}, {"UKR"})],
        id="a relative clause that describes what is attacked names a part of it",
    ),
    pytest.param(
        "ブラジルのルラ大統領は「ロシアは直ちにウクライナへの攻撃を停止すべきだ」と呼びかけた。",
        "REQUEST",
        [({"BRA"}, {"RUS"})],
        id="a call quoting who should act is made to them",
    ),
    pytest.param(
        "フランスのマクロン大統領はブラジルのルラ大統領らと電話で会談した。",
        "CONSULT",
        [({"FRA"}, {"BRA"})],
        id="those named with ら share the name's particle",
    ),
    pytest.param(
        "ブラジルの大統領の発言に対し、アルゼンチンの激しい反発が続いている。",
        "ACCUSE",
        [({"ARG"}, {"BRA"})],
        id="an adjective of strength between the owner and a reaction does not cut them apart",
    ),
    pytest.param(
        "政府は閣議で、イランに対する新たな制裁を決めた。石油関連の3社を対象に加え、日本からの部品の輸出を禁止する。",
        "SANCTION",
        [({"JPN"}, {"IRN"}), ({"JPN"}, {"IRN"})],
        id="a country's own name in a measure it takes is where the goods come from, not whom it is on",
    ),
    pytest.param(
        "ロシア政府はジョージア産ワインの輸入を事実上、停止した。",
        "SANCTION",
        [({"RUS"}, {"GEO"})],
        id="a phrase stem with a comma between its noun and verb is found on the parse",
    ),
    pytest.param(
        "石破首相と韓国の李在明大統領による首脳会談は2時間に及んだ。",
        "CONSULT",
        [({"JPN", "KOR"}, {"JPN", "KOR"})],
        id="talks by two names listed before による are held by both",
    ),
    pytest.param(
        "岸田首相は、国連総会出席のため訪問中の米国・ニューヨークにて、ブラジルのルラ大統領との間で会談を行った。",
        "CONSULT",
        [({"JPN"}, {"BRA"})],
        id="talks with one party named before との間で, held at a place named with にて",
    ),
    pytest.param(
        "米国の情報機関「中央情報局」は、イランがシリアに「追加の派兵を行った」と明らかにした。",
        "MOBILIZE",
        [({"IRN"}, {"SYR"})],
        id="a speaker named in brackets before は reports, and takes no part",
    ),
    pytest.param(
        "シリアにはイランから約2000人の兵士が派遣されていた。",
        "AID",
        [({"IRN"}, {"SYR"})],
        id="what is given, told in the passive, goes where に says, from the one から names",
    ),
    pytest.param(
        "米国の情報機関・中央情報局によりますと、シリアにはイランから約2000人の兵士が派遣されていました。",
        "AID",
        [({"IRN"}, {"SYR"})],
        id="the source a report is told by (によりますと) is no agent of a passive",
    ),
    pytest.param(
        "ウクライナに供与された英国の戦車が破壊された。",
        "AID",
        [({"GBR"}, {"UKR"})],
        id="the thing a passive of giving describes is the giver's, the に phrase its receiver",
    ),
    pytest.param(
        "政府は、イラン兵がシリア北部の都市に投入されたと発表した。",
        "MOBILIZE",
        [({"IRN"}, {"SYR"})],
        id="forces sent, told in the passive: theirs is the sender, the に phrase where they go",
    ),
    pytest.param(
        "シリアに派兵されたイラン兵が戦闘に加わった。",
        "MOBILIZE",
        [({"IRN"}, {"SYR"})],
        id="the forces a passive of sending describes are the sender's",
    ),
    pytest.param(
        "アルメニアとアゼルバイジャンは3日、捕虜交換を実施したと発表した。",
        "RETREAT",
        [({"ARM", "AZE"}, {"ARM", "AZE"})],
        id="in an exchange of prisoners each side releases the other's",
    ),
    pytest.param(
        "イスラエルとハマスは人質の解放で合意した。今回の合意はカタールが仲介した。",
        "CONSULT",
        [({"QAT"}, {"ISR", "PSE"})],
        id="a mediation of an act told before is between that act's parties",
    ),
    pytest.param(
        "林外相はウクライナに対し、日本が新たに10億ドルの支援を決定したことを伝え、クレバ外相は謝意を表明した。",
        "AID",
        [({"JPN"}, {"UKR"})],
        id="an act decided is done, though a reaction thanks for it after",
    ),
    pytest.param(
        "ウクライナのゼレンスキー大統領や欧州の首脳らは、ロシアに即時停戦を求めた。",
        "REQUEST",
        [({"UKR"}, {"RUS"})],
        id="a name listed with a word no name covers shares the subject's particle",
    ),
    pytest.param(
        "ハルキウ州でロシア軍による大規模な無人機攻撃があり、住民3人が死亡した。",
        "ASSAULT",
        [({"RUS"}, {"UKR"})],
        id="an adjective between the agent with による and the act it names keeps the agent",
    ),
    pytest.param(
        "トランプ次期大統領は、メキシコとカナダからの輸入品に25%の関税を課すと表明した。",
        "SANCTION",
        [({"USA"}, {"MEX", "CAN"})],
        id="names listed with the target inside its argument are targets too",
    ),
    pytest.param(
        "北朝鮮は、韓国軍が平壌を攻撃したと主張した。",
        "ACCUSE",
        [({"PRK"}, {"KOR"})],
        id="a claim that another attacked is made by the claim's topic against the attacker",
    ),
    pytest.param(
        "北朝鮮は韓国が無人機を平壌に侵入させたと主張した。",
        "ACCUSE",
        [({"PRK"}, {"KOR"})],
        id="a claim about a caused act accuses who caused it, not the place it reached",
    ),
    pytest.param(
        "米国はロシアによるウクライナ侵攻を強く非難した。",
        "ACCUSE",
        [({"USA"}, {"RUS"})],
        id="a reaction to a war named as an invasion is aimed at the invader",
    ),
    pytest.param(
        "Japan condemned the invasion of Ukraine.",
        "ACCUSE",
        [({"JPN"}, {"RUS"})],
        id="a reaction to a war named as an invasion is aimed at the invader, in English too",
    ),
    pytest.param(
        "ミャンマー国軍が会議に参加した。シンガポール代表が国軍によるデモ弾圧に懸念を表明した。",
        "ACCUSE",
        [({"SGP"}, {"MMR"})],
        id="a reaction to an act whose doer による names is aimed at the doer",
    ),
    pytest.param(
        "英国は、ロシアに対する第14弾の制裁パッケージを正式に発表した。",
        "SANCTION",
        [({"GBR"}, {"RUS"})],
        id="a package of sanctions is the sanctions",
    ),
    pytest.param(
        "米国防総省は、ウクライナへの新たな軍事支援パッケージを発表した。",
        "AID",
        [({"USA"}, {"UKR"})],
        id="a package of aid is the aid",
    ),
    pytest.param(
        "米国はウクライナに対する追加の支援策を発表した。",
        "AID",
        [({"USA"}, {"UKR"})],
        id="measures of aid (支援策) are the aid",
    ),
    pytest.param(
        "日米豪3か国の外相が電話で協議した。",
        "CONSULT",
        [({"JPN", "USA", "AUS"}, {"JPN", "USA", "AUS"})],
        id="日 the parse splits off 日米豪 before the subject still opens the subject's name",
    ),
    pytest.param(
        "ロシアの弾道ミサイル発射を受け、日米韓3か国の外相が電話で協議した。",
        "CONSULT",
        [({"JPN", "USA", "KOR"}, {"JPN", "USA", "KOR"})],
        id="what talks respond to (発射を受け) is no party of talks with a subject of their own",
    ),
    pytest.param(
        "北京の英国大使館前で、数百人が抗議デモを行った。",
        "PROTEST",
        [({"CHN"}, {"GBR"})],
        id="a protest at a country's embassy is against it, by people of the city it stands in",
    ),
    pytest.param(
        "ソウルの日本大使館前では、市民団体が抗議集会を開いた。",
        "PROTEST",
        [({"KOR"}, {"JPN"})],
        id="an embassy read as one name with 前 still names the country protested against",
    ),
    pytest.param(
        "上川外相は、オーストラリアのウォン外相と会談し、防衛協力を強化することで一致した。",
        "AGREE",
        [({"JPN", "AUS"}, {"JPN", "AUS"})],
        id="Xと会談し、…で一致した: the other side of the talks told before agrees too",
    ),
    pytest.param(
        "中国軍は、フィリピン近海で大規模な演習を行った。",
        "MOBILIZE",
        [({"CHN"}, {"PHL"})],
        id="a show of force near another country (フィリピン近海で) is aimed at it",
    ),
    pytest.param(
        "ロシア軍は、日本海で大規模な演習を行った。",
        "MOBILIZE",
        [({"RUS"}, set())],
        id="a sea named as where a drill is held, with no word of nearness, is aimed at no one",
    ),
    pytest.param(
        "上川外相は中国の駐日大使を呼び出し、抗議した。",
        "ACCUSE",
        [({"JPN"}, {"CHN"})],
        id="the topic of the protest is the topic of the summons too: the envoy summoned is addressed",
    ),
    pytest.param(
        "佐藤官房副長官は記者会見で、イランを非難した。",
        "ACCUSE",
        [({"JPN"}, {"IRN"})],
        id="an unknown family name before a title only Japan has (官房副長官) is Japan's official",
    ),
    pytest.param(
        "ジョージアの首都トビリシで28日夜、政府に抗議するデモがあった。"
        "警察は催涙ガスを使ってデモ隊を強制排除し、100人以上を拘束した。",
        "COERCE",
        [({"GEO"}, {"GEO"})],
        id="トビリシで…政府に抗議: Georgia's government, so Georgia's police",
    ),
    pytest.param(
        "政府は北京の大使館ルートを通じて北朝鮮に厳重に抗議した。",
        "ACCUSE",
        [({"JPN"}, {"PRK"})],
        id="a place on the way (北京の大使館) leaves the government at home",
    ),
    pytest.param(
        "韓国の尹錫悦大統領は3日夜、非常戒厳を宣言した。政府は、北京の大使館ルートを通じて北朝鮮に抗議した。",
        "ACCUSE",
        [({"JPN"}, {"PRK"})],
        id="a bare 政府 stays home in a story about Korea",
    ),
    pytest.param(
        "米国は北朝鮮に対し、核実験の中止と人道支援の受け入れを求めた。",
        "REQUEST",
        [({"USA"}, {"PRK"})],
        id="the requester asks for the whole list",
    ),
    pytest.param("警視庁は、中国籍の男を詐欺の疑いで逮捕した。", "COERCE", [({"JPN"}, {"CHN"})], id="中国籍"),
    pytest.param("警視庁は、ベトナム国籍の女を逮捕した。", "COERCE", [({"JPN"}, {"VNM"})], id="ベトナム国籍"),
    pytest.param(
        "東京地検特捜部は、米国籍の男を逮捕した。", "COERCE", [({"JPN"}, {"USA"})], id="東京地検特捜部"
    ),
    pytest.param(
        "サウジアラビアは、イランとの外交関係を7年ぶりに正常化することで合意した。",
        "AGREE",
        [({"SAU"}, {"IRN"})],
        id="an agreement is with the one named Xとの",
    ),
    pytest.param(
        "Russian missiles struck a military institute in Poltava on Tuesday. "
        "Germany's foreign minister Annalena Baerbock condemned the attack.",
        "ACCUSE",
        [({"DEU"}, {"RUS"})],
        id="condemned the attack: at the actor of the attack told before",
    ),
    pytest.param(
        "The Philippine coast guard said a Chinese coast guard ship rammed one of its patrol vessels "
        "near Sabina Shoal.",
        "ASSAULT",
        [({"CHN"}, {"PHL"})],
        id="one of its vessels: the speaker's",
    ),
    pytest.param(
        "米商務省は2日、中国の半導体メーカーなど140社を輸出規制の対象リストに追加すると発表した。"
        "中国商務省は3日、対抗措置を取る方針を明らかにした。"
        "同省はその後、重要鉱物の対米輸出を原則禁止すると発表した。",
        "SANCTION",
        [({"USA"}, {"CHN"}), ({"CHN"}, {"USA"})],
        id="米商務省 is the United States'; 同省 is China's commerce ministry",
    ),
    pytest.param(
        "ジョージアの首都トビリシで28日夜、欧州連合加盟交渉の凍結を発表した政府に抗議する"
        "数万人規模のデモがあった。",
        "PROTEST",
        [({"GEO"}, {"GEO"})],
        id="a demonstration no one is named to hold: people of the place",
    ),
    pytest.param(
        "中国外務省の報道官は記者会見で、日本側の抗議を受け入れない姿勢を示しました。",
        "REJECT",
        [({"CHN"}, {"JPN"})],
        id="日本側の抗議を受け入れない: the owner of what is refused is refused",
    ),
    pytest.param(
        "韓国大統領、来月訪日へ", "CONSULT", [({"KOR"}, {"JPN"})], id="韓国大統領、: a headline's subject"
    ),
    pytest.param(
        "岸田首相は、ゼレンスキー大統領の平和の公式への支持を表明した。",
        "SUPPORT",
        [({"JPN"}, {"UKR"})],
        id="support for what someone owns is support for them",
    ),
    pytest.param(
        "The China Coast Guard vessel 5205 intentionally rammed BRP Teresa Magbanua three times.",
        "ASSAULT",
        [({"CHN"}, {"PHL"})],
        id="BRP: a Philippine ship",
    ),
    pytest.param(
        "Houthi rebels attacked the USS Carney in the Red Sea.",
        "ASSAULT",
        [({"YEM"}, {"USA"})],
        id="USS Carney: a US destroyer, no Mark Carney",
    ),
    pytest.param(
        "韓国の尹錫悦大統領は3日夜、非常戒厳を宣言したが、国会が解除を求める決議を可決し、6時間後に解除した。",
        "COERCE",
        [({"KOR"}, {"KOR"})],
        id="非常戒厳を宣言したが…解除を求める: declared, not named again",
    ),
    pytest.param(
        "首相は4日、ロシアの侵攻を受けるウクライナの大統領と電話で会談した。",
        "ASSAULT",
        [({"RUS"}, {"UKR"})],
        id="ロシアの侵攻を受ける: the owner of what is received acts",
    ),
    pytest.param(
        "岸田首相と韓国の尹錫悦大統領は12日、ソウルで首脳会談を行った。",
        "CONSULT",
        [({"JPN", "KOR"}, {"JPN", "KOR"})],
        id="AとCountryのBは: the country describes B, A and B meet",
    ),
    pytest.param(
        "訪米中の岸田首相は10日、中国の李強首相との会談に臨んだ。",
        "CONSULT",
        [({"JPN"}, {"USA"}), ({"JPN"}, {"CHN"})],
        id="中国のXとの会談: the country describing X is no side of its own",
    ),
    pytest.param(
        "中国が日本産水産物の輸入を止めたことを受け、政府は5日の閣議で中国に対する制裁措置を決めた。",
        "SANCTION",
        [({"JPN"}, {"CHN"})],
        id="the subject of the clause received (…たことを受け、) is not the decision's",
    ),
    pytest.param(
        "ロシア軍は3日、ウクライナ東部の中心都市で集合住宅を攻撃した。",
        "ASSAULT",
        [({"RUS"}, {"UKR"})],
        id="Xの中心都市で: X is where, so hit",
    ),
    pytest.param(
        "岸田首相とバイデン大統領は、北朝鮮への対応を協議した。",
        "CONSULT",
        [({"JPN", "USA"}, {"JPN", "USA"})],
        id="Xへの対応を協議: the matter dealt with is no party",
    ),
    pytest.param(
        "日米の外相は、北朝鮮の兵士の戦闘への参加についても意見交換した。",
        "CONSULT",
        [({"JPN", "USA"}, {"JPN", "USA"})],
        id="Xの…について: what the owned noun leads to is talked about",
    ),
    pytest.param(
        "両首脳は北朝鮮の完全な非核化に向け、日米韓の緊密連携で一致した。",
        "AGREE",
        [({"JPN", "USA", "KOR"}, {"JPN", "USA", "KOR"})],
        id="Xの非核化に向け: a goal, not whom the agreement addresses",
    ),
    pytest.param(
        "外務省の事務次官は5日、駐日ロシア大使を同省に呼んで抗議した。",
        "ACCUSE",
        [({"JPN"}, {"RUS"})],
        id="駐日ロシア大使を同省に呼んで: the envoy summoned, not Japan it is posted to nor the ministry",
    ),
    pytest.param(
        "ロシア外務省は、モスクワに駐在する英国の外交官を追放した。",
        "SANCTION",
        [({"RUS"}, {"GBR"})],
        id="Xに駐在する: the capital an envoy serves in is no target",
    ),
    pytest.param(
        "France condemned Russia's overnight drone strikes on Ukrainian power plants.",
        "ACCUSE",
        [({"FRA"}, {"RUS"})],
        id="condemned X's strikes on Y: at the striker, not the struck",
    ),
    pytest.param(
        "韓国の尹錫悦大統領、日本の岸田文雄首相、中国の李強首相は27日、ソウルで首脳会談を行った。",
        "CONSULT",
        [({"KOR", "JPN", "CHN"}, {"KOR", "JPN", "CHN"})],
        id="Countryの A、Countryの B、Countryの C: a list of three leaders meets",
    ),
    pytest.param(
        "ロシア軍が北方領土の近海で射撃訓練を行うことに日本政府が抗議した。",
        "ACCUSE",
        [({"JPN"}, {"RUS"})],
        id="Xが…を行うことに抗議: at the one doing the act the こと names",
    ),
    pytest.param(
        "北朝鮮の金正恩総書記の妹の金与正党副部長は談話を発表し、韓国の尹錫悦大統領が構想を提案したことについて"
        "「愚かさの極致だ」と非難し拒絶した。",
        "ACCUSE",
        [({"PRK"}, {"KOR"})],
        id="Xが…したことについて非難: X is whom the criticism is of",
    ),
    pytest.param(
        "日本および米国は中国を非難した。",
        "ACCUSE",
        [({"JPN", "USA"}, {"CHN"})],
        id="AおよびBは: both are the subject",
    ),
    pytest.param(
        "オーストラリアの国防相は17日、中谷元防衛相およびオースティン米国防長官とダーウィンで会談した。",
        "CONSULT",
        [({"AUS"}, {"JPN", "USA"})],
        id="AおよびBと: both are met",
    ),
    pytest.param(
        "岸田首相とバイデン大統領は、中国の海洋進出を念頭に、防衛協力について意見を交わした。",
        "CONSULT",
        [({"JPN", "USA"}, {"JPN", "USA"})],
        id="Xを念頭に: kept in mind, no party",
    ),
    pytest.param(
        "ウクライナ南部オデッサ州の知事は2日、ロシア軍が南部オデッサを無人機で攻撃し、集合住宅が損傷、"
        "3人が死亡したと明らかにした。",
        "ASSAULT",
        [({"RUS"}, {"UKR"})],
        id="知事は…ロシア軍が攻撃したと: the speaker the parse hangs on the reported verb does not act",
    ),
    pytest.param(
        "中国外務省の副報道局長は22日、中国当局が日本人計6人を違法な活動の疑いで拘束していると明らかにした。",
        "COERCE",
        [({"CHN"}, {"JPN"})],
        id="日本人計6人を: a count after a nationality leaves the particle its own",
    ),
    pytest.param(
        "フーシ派は紅海で米国の商船を追跡し、無人機で攻撃した。",
        "ASSAULT",
        [({"YEM"}, {"USA"})],
        id="…を追跡し、攻撃した: an attack with no object of its own hits what the verb before acts on",
    ),
    pytest.param(
        "Vietnam's foreign ministry summoned the Chinese ambassador to protest the seizure of a boat.",
        "ACCUSE",
        [({"VNM"}, {"CHN"}), ({"VNM"}, {"CHN"})],
        id="a state that protests makes a statement, aimed where its summons was",
    ),
    pytest.param(
        "Russia and North Korea signed a mutual defense pact during Putin's visit to Pyongyang.",
        "AGREE",
        [({"RUS", "PRK"}, {"RUS", "PRK"})],
        id="A and B signed: each other's counterparts, not a name of another phrase",
    ),
    pytest.param(
        "Pakistan accused India of sponsoring terrorism, a charge New Delhi denied.",
        "REJECT",
        [({"IND"}, {"PAK"})],
        id="a charge X denied: the denial answers the accuser in the same sentence",
    ),
    pytest.param(
        "Beijing accused Manila of provoking the clash, an allegation the Philippines dismissed.",
        "REJECT",
        [({"PHL"}, {"CHN"})],
        id="an allegation X dismissed: a rejection of the claim it names answers the claimant",
    ),
    pytest.param(
        "Egypt and Qatar are mediating between Israel and Hamas.",
        "CONSULT",
        [({"EGY", "QAT"}, {"ISR", "PSE"})],
        id="are mediating between: the subject hung on the auxiliary, the sides after between",
    ),
    pytest.param(
        "ベネズエラ軍とコロンビアの武装組織が国境付近で交戦し、兵士3人が死亡した。",
        "ASSAULT",
        [({"VEN", "COL"}, {"VEN", "COL"})],
        id="two forces named together fight each other, as the parties of a talk meet",
    ),
    pytest.param(
        "エリトリアとエチオピアの戦闘が国境地帯で激化している。",
        "ASSAULT",
        [({"ERI", "ETH"}, {"ERI", "ETH"})],
        id="a battle that grows is a war act between the sides that own it",
    ),
    pytest.param(
        "1980年9月、イラン・イラク戦争が勃発し、国境の町が戦場となった。",
        "ASSAULT",
        [({"IRN", "IRQ"}, {"IRN", "IRQ"})],
        id="a named war that breaks out is an attack between the sides the knowledge base gives it",
    ),
    pytest.param(
        "プーチン政権はウクライナ侵攻を3年以上続けている。",
        "ASSAULT",
        [({"RUS"}, {"UKR"})],
        id="a party that goes on with a named war acts on the war's other side",
    ),
    pytest.param(
        "インド警察によると、パキスタン軍による砲撃で住民3人が死亡、5人が負傷した。",
        "ASSAULT",
        [({"PAK"}, {"IND"})],
        id="a casualty noun that ends its clause at a comma is the clause the attack caused",
    ),
    pytest.param(
        "ペルーとエクアドルの国境地帯で両国の部隊が交戦した。",
        "ASSAULT",
        [({"PER", "ECU"}, {"PER", "ECU"})],
        id="both countries' forces (両国の部隊) are the two countries named before",
    ),
    pytest.param(
        "インド外務省が渡航の自粛を呼びかけたのに続き、観光省も国民に注意を促すなど、パキスタン首相の発言をめぐって"
        "反発を強めている。",
        "ACCUSE",
        [({"IND"}, {"PAK"})],
        id="a ministry named after another country's ministry alone is of that country",
    ),
    pytest.param(
        "ミレイ大統領の発言をめぐっては、ブラジル外務省が大使を呼んだのに続き、文化省も反発を強めている。",
        "ACCUSE",
        [({"BRA"}, {"ARG"})],
        id="a reaction aimed at no one abroad is aimed at whose remark the sentence is about",
    ),
    pytest.param(
        "ブラジル外務省は、ミレイ大統領がベネズエラの選挙に介入する可能性に言及した発言の撤回を要求した。",
        "REQUEST",
        [({"BRA"}, {"ARG"})],
        id="a name inside what a remark says is no target; a retraction is asked of who made it",
    ),
    pytest.param(
        "インド軍は、空軍がパキスタンの武装組織の拠点を空爆したと明らかにした。",
        "ASSAULT",
        [({"IND"}, {"PAK"})],
        id="a force named bare in a report is the reporting side's own",
    ),
    pytest.param(
        "ケニア政府は3日、ソマリア南部にある武装勢力の拠点を軍が空爆したと発表した。",
        "ASSAULT",
        [({"KEN"}, {"SOM"})],
        id="forces named by the bare word for an army in a report are the reporting side's own",
    ),
    pytest.param(
        "ガイアナの外相は、ベネズエラ軍が国境に部隊を集結させ、ガイアナ軍の陣地を砲撃したと反論した。",
        "ASSAULT",
        [({"VEN"}, {"GUY"})],
        id="a verb chained after one with a subject shares it, not the topic that reports both",
    ),
    pytest.param(
        "ベネズエラの国防相は、ガイアナ側が領内に侵入し、先に発砲したと反論した。",
        "ASSAULT",
        # the firing after it, told with no target, is aimed at the same side
        [({"GUY"}, {"VEN"}), ({"GUY"}, {"VEN"})],
        id="land no one owns in what a side reports over chained verbs is the reporting side's",
    ),
    pytest.param(
        "ケニアは国境を閉鎖し、ウガンダ駐在の大使も帰国させた。",
        "SANCTION",
        [({"KEN"}, {"UGA"})],
        id="an envoy posted in a country and called home is the sender's, the recall aimed at the host",
    ),
    pytest.param(
        "ケニア政府は3日、ソマリア南部にある武装勢力の拠点を軍が空爆したと発表した。"
        "先月首都で起きたテロに対する報復として実施した。",
        "ASSAULT",
        [({"KEN"}, {"SOM"})],
        id="the act a retaliation answers, or one that happened, takes no doer from the sentence before",
    ),
    pytest.param(
        "カタールの停戦案について、ハマスは4日、人質の解放などに同意すると発表した。",
        "AGREE",
        [({"PSE"}, {"QAT"})],
        id="agreeing to a proposal the sentence is about answers whoever made it",
    ),
    pytest.param(
        "ベネズエラの大統領は米国の圧力を非難し、「我々は海、空、土地を守り抜く」と訴えた。",
        "REQUEST",
        [],
        id="an appeal that quotes what the speaker will do and asks nothing of anyone is no request",
    ),
    pytest.param(
        "中国は最新の空母などを台湾周辺に展開した。",
        "MOBILIZE",
        [({"CHN"}, {"TWN"})],
        id="carriers deployed around a country are forces deployed",
    ),
    pytest.param(
        "米国はキューバ周辺海域の「完全な封鎖」を行うと発表した。",
        "COERCE",
        [({"USA"}, {"CUB"})],
        id="whose act a light verb's object names with の is the one it is done to",
    ),
    pytest.param(
        "防衛省は25日、北朝鮮が弾道ミサイル2発を発射したと発表した。"
        "同省はさらに1発発射された可能性があるとして、分析している。",
        "MOBILIZE",
        [({"PRK"}, set()), ({"PRK"}, set())],
        id="a body as the topic of missiles launched tells of them, and is not where they go",
    ),
    pytest.param(
        "米政権は、ベネズエラのマドゥロ大統領を批判している。"
        "米司法長官は7日、マドゥロ大統領の逮捕につながる情報への懸賞金を倍増した。",
        "COERCE",
        [],
        id="an act that information may lead to has not happened",
    ),
    pytest.param(
        "日本政府は、ロシアの外交官1人を国外退去処分にした。",
        "SANCTION",
        [({"JPN"}, {"RUS"})],
        id="a diplomat ordered out of the country is an expulsion of the sender's",
    ),
    pytest.param(
        "インド政府は、米国による医薬品の輸出規制に対抗し、希少金属の輸出を規制すると発表した。",
        "SANCTION",
        [({"USA"}, {"IND"}), ({"IND"}, {"USA"})],
        id="an act another side counters is done to that side, and the counter aimed at its doer",
    ),
    pytest.param(
        "北朝鮮は、日米の共同訓練を「侵略戦争の予行演習」と非難した。",
        "MOBILIZE",
        [],
        id="a deed named in a quotation that only labels another's act is no deed",
    ),
    pytest.param(
        "中国軍は台湾周辺で演習を実施した。台湾は「軍事的威嚇」だと非難した。",
        "THREATEN",
        [],
        id="a threat named in a quotation that labels another's act is no threat of the speaker's",
    ),
    pytest.param(
        "官房長官は記者会見で、ロシア軍機による領空侵犯について「極めて遺憾だ」と述べ、ロシア側に抗議した。",
        "ASSAULT",
        [({"RUS"}, {"JPN"})],
        id="an act a reaction is about, first told with its own actor, is an event on the home country",
    ),
    pytest.param(
        "イラン外務省は「領空侵犯などをやめるよう求めたイラン側の要請をイラクが拒否した」と非難した。",
        "ASSAULT",
        [],
        id="an incursion named in another country's request is on no home ground",
    ),
    pytest.param(
        "トルコはシリア北部を砲撃した。シリア政府は非難し、周辺各国に仲介を求めた。",
        "REQUEST",
        [],
        id="an act asked of many countries at once is not aimed at the other side of the last act",
    ),
    pytest.param(
        "ウクライナ当局は、同国軍の施設がロシア軍の攻撃を受けたと発表した。",
        "ASSAULT",
        [({"RUS"}, {"UKR"})],
        id="the country a body word opens is the country of the state body named before",
    ),
    pytest.param(
        "米国はカナダに流入する麻薬を理由にメキシコからの輸入品に関税を課した。",
        "SANCTION",
        [({"USA"}, {"MEX"})],
        id="the names in an act's grounds are no targets of it",
    ),
    pytest.param(
        "韓国政府は記者会見で「北朝鮮の前向きな対応を強く求める」と強調した。",
        "REQUEST",
        [({"KOR"}, {"PRK"})],
        id="the response asked for is the one asked's",
    ),
    pytest.param(
        "石破首相は、訪日中の王毅外相及び趙兌烈外交部長官の表敬を受けた。",
        "CONSULT",
        [({"CHN", "KOR"}, {"JPN"}), ({"CHN", "KOR"}, {"JPN"})],
        id="a courtesy call received is paid by the ones named with の, and they are the visitors",
    ),
    pytest.param(
        "岸田首相は訪米中のモディ首相と会談した。",
        "CONSULT",
        [({"IND"}, {"USA"}), ({"JPN"}, {"IND"})],
        id="who is visiting is the one the visit modifies",
    ),
    pytest.param(
        "日本は韓国に対し、中国との協議を要請した。",
        "REQUEST",
        [({"JPN"}, {"KOR"})],
        id="names in what is asked for are none of the request's when the one asked is addressed",
    ),
    pytest.param(
        "フィリピン軍は中国の演習を強く非難し、艦艇を派遣して監視を続けている。",
        "MOBILIZE",
        [({"CHN"}, set()), ({"PHL"}, {"CHN"})],
        id="a show of force made with a condemnation is aimed at the one condemned",
    ),
    pytest.param(
        "ウクライナ空軍は、オデーサ上空で、ロシアが夜間に打ち上げたドローン14機を撃墜したと発表した。",
        "ASSAULT",
        [({"UKR"}, {"RUS"})],
        id="a reported clause with no subject is the speaker's act, on whoever launched what it hits",
    ),
    pytest.param(
        "カンボジア国防省は、タイ軍が戦闘機を投入し、カンボジア北部の地域を爆撃したと発表した。",
        "ASSAULT",
        [({"THA"}, {"KHM"})],
        id="a subject before the reported clause is shared with it, however the parse joins them",
    ),
    pytest.param(
        "インド軍が国境の町を砲撃し、パキスタン側で住民8人が死亡した。",
        "ASSAULT",
        [({"IND"}, {"PAK"})],
        id="an attack done before a casualty clause hit the place the casualties were in",
    ),
    pytest.param(
        "韓国外務省は、日本の官房長官の発言について、直ちに撤回するよう求めた。",
        "REQUEST",
        [({"KOR"}, {"JPN"})],
        id="a request addressed to no one is aimed at whose remark the sentence is about",
    ),
    pytest.param(
        "ロシアはジョージアのワインの輸入停止を決めた。",
        "SANCTION",
        [({"RUS"}, {"GEO"})],
        id="the owner of the goods a measure stops is whom it falls on",
    ),
    pytest.param(
        "北朝鮮問題を担当する米国の特別代表は記者会見で、中国の対応に強い不満を表明した。",
        "ACCUSE",
        [({"USA"}, {"CHN"})],
        id="the names of a clause that describes the source are no targets",
    ),
    pytest.param(
        "ウクライナ軍の報道官は、ロシア側からの砲撃により民間人3人が死亡したと明らかにした。",
        "ASSAULT",
        [({"RUS"}, {"UKR"})],
        id="fire from one side is that side's, whoever tells of it",
    ),
    pytest.param(
        "韓国側は、自国の領空に侵入したロシア軍機に警告射撃を行ったと発表した。",
        "ASSAULT",
        [({"RUS"}, {"KOR"})],
        id="own airspace in a relative clause is the topic's of the clause it modifies",
    ),
    pytest.param(
        "インド政府は10日、砲撃の応酬が続いていたパキスタンとの間で停戦で合意したと発表した。",
        "AGREE",
        [({"IND"}, {"PAK"})],
        id="the other side of what is between them; an act as an earlier subject names no one",
    ),
    pytest.param(
        "ベトナム外務省は、中国の行動は違法だとして抗議した。",
        "ACCUSE",
        [({"VNM"}, {"CHN"})],
        id="a reaction is aimed at the owner of what it judges",
    ),
    pytest.param(
        "韓国政府は、日本は無責任だと非難した。",
        "ACCUSE",
        [({"KOR"}, {"JPN"})],
        id="a reaction is aimed at whom it says something of",
    ),
    pytest.param(
        "岸田首相は来月韓国を訪問する予定で、その後尹錫悦大統領が日本を訪れる計画だと明らかにした。",
        "CONSULT",
        [({"JPN"}, {"KOR"}), ({"KOR"}, {"JPN"})],
        id="a plan whose topic is the speaker is the speaker's own",
    ),
    pytest.param(
        "岸田首相は13日、尹錫悦大統領と会談した。自身が来月韓国を訪れると明らかにした。",
        "CONSULT",
        [({"JPN"}, {"KOR"}), ({"JPN"}, {"KOR"})],
        id="自身 as a subject refers back to whom the story told of",
    ),
    pytest.param(
        "韓国外務省は、国連安保理決議に違反するとして北朝鮮に抗議した。",
        "ACCUSE",
        [({"KOR"}, {"PRK"})],
        id="a body whose resolution is named is no party of what is done under it",
    ),
    pytest.param(
        "インドとパキスタンの両国は、停戦違反の非難を互いに繰り返した。",
        "ACCUSE",
        [({"IND", "PAK"}, {"IND", "PAK"})],
        id="two subjects acting on each other are each other's targets",
    ),
    pytest.param(
        "ベトナムの漁船が中国海警局の船から放水を受けた。",
        "ASSAULT",
        [({"CHN"}, {"VNM"})],
        id="the owner of the ship an act is received from does it",
    ),
    pytest.param(
        "韓国の外相は、米国と日本の2か国の外相と電話会談を行い、協力は重要だと説明した。",
        "CONSULT",
        [({"KOR"}, {"USA", "JPN"})],
        id="whom a carried meeting is with, hung on the meeting noun, is its partner",
    ),
    pytest.param(
        "これと共に、北朝鮮のチェ・ソンヒ外相が先月28日にロシアを訪問し、4日にロシアのプーチン大統領と急遽"
        "面会したことと関連し、尹錫悦大統領がロシアを訪問する可能性があると予想した。",
        "CONSULT",
        [({"PRK"}, {"RUS"}), ({"PRK"}, {"RUS"}), ({"KOR"}, {"RUS"})],
        id="a te-form chain shares the subject written in its first clause",
    ),
    pytest.param(
        "韓国国防省は、北朝鮮がロシアの支援を受けて無人機の性能を改善しているとした。",
        "AID",
        [({"RUS"}, {"PRK"})],
        id="the topic of a report above a coordinated clause with its own subject receives nothing",
    ),
    pytest.param(
        "インドとパキスタンはアメリカのトランプ大統領が示した停戦案の「第1段階」に合意し、インド政府は閣議で、"
        "これを正式に承認しました。",
        "AGREE",
        [({"IND", "PAK"}, {"IND", "PAK"})],
        id="who drew up what two agree on is no party of the agreement",
    ),
    pytest.param(
        "今回の発表は、トルコの大統領が前日に、インドとパキスタンがアメリカ主導の停戦案に合意したと表明した"
        "直後に行われた。",
        "AGREE",
        [({"IND", "PAK"}, {"IND", "PAK"})],
        id="the first of two が-subjects of a reported clause is the reporter's",
    ),
    pytest.param(
        "中国政府は日本産牛肉の輸入停止を日本側に通告した。",
        "SANCTION",
        [({"CHN"}, {"JPN"})],
        id="a measure notified is taken, aimed at whom it is notified to",
    ),
    pytest.param(
        "中国は19日には日本の牛肉の事実上の輸入停止を決めた。",
        "SANCTION",
        [({"CHN"}, {"JPN"})],
        id="the owner of goods a ban falls on is its target across more than one の",
    ),
    pytest.param(
        "1980年代にはペルーでクーデターが発生し、多くの市民が国外へ逃れた。",
        "ASSAULT",
        [({"PER"}, {"PER"})],
        id="a coup with no side named is the country's where it breaks out, on itself",
    ),
    pytest.param(
        "エチオピアでは2020年から内戦が続いている。",
        "ASSAULT",
        [({"ETH"}, {"ETH"})],
        id="a civil war with no side named is fought inside the country it goes on in",
    ),
    pytest.param(
        "ロシア国防省は20日、西部でウクライナ軍からの攻撃を受け、兵士2人が負傷したと発表した。",
        "ASSAULT",
        [({"UKR"}, {"RUS"})],
        id="a reporter that tells of an attack it received is its target",
    ),
    pytest.param(
        "ウクライナ軍は5日、ロシア軍の砲撃を受けたと発表した。一方のロシア軍も、前線で激しく攻撃されたと発表した。",
        "ASSAULT",
        [({"RUS"}, {"UKR"}), ({"UKR"}, {"RUS"})],
        id="an attack told in the passive with no doer is the other side's of the last act between the two",
    ),
    pytest.param(
        "イスラエル軍は8日、ヒズボラの拠点を空爆した。国境地帯では7日以降、両軍の砲撃戦が続いている。",
        "ASSAULT",
        [({"ISR"}, {"LBN"}), ({"ISR", "LBN"}, {"ISR", "LBN"})],
        id="both forces of a fight named as a noun (両軍の砲撃戦) are the two of the act before",
    ),
    pytest.param(
        "ルカシェンコ大統領は、国内全域で10万人の民兵を動員すると明らかにした。",
        "MOBILIZE",
        [({"BLR"}, set())],
        id="fighters named by a generic noun as what is mobilized are no target of it",
    ),
    pytest.param(
        "韓国の国家情報院は27日、北朝鮮兵がロシアのクルスク州に再び投入されたと明らかにした。",
        "MOBILIZE",
        [({"PRK"}, {"RUS"})],
        id="a reporter of forces sent in the passive is not what is sent",
    ),
    pytest.param(
        "国連は20日、ロシア軍による送電網を狙ったウクライナ各地での攻撃を巡り、声明を発表した。",
        "ASSAULT",
        [({"RUS"}, {"UKR"})],
        id="the agent in による does the act it modifies across a relative clause, the topic does not",
    ),
    pytest.param(
        "ウクライナ国防省は、ロシア軍による砲撃などを受け、「多くの市民が死亡した」と非難した。",
        "ASSAULT",
        [({"RUS"}, {"UKR"})],
        id="an attack received as the cause of what follows is done to the topic it shares",
    ),
    pytest.param(
        "ウクライナ国防省は、ロシア軍による砲撃などを受け、「多くの市民が死亡した」と非難した。",
        "ACCUSE",
        [({"UKR"}, {"RUS"})],
        id="a condemnation quoting who was hurt is aimed at who did the act before it, not at them",
    ),
    pytest.param(
        "一方、ロシアのラブロフ外相は「米国は国際法を無視した犯罪だ」と批判し、国連安保理に緊急会合を要請する"
        "と共に、「わが国は報復する」と主張した。",
        "ACCUSE",
        [({"RUS"}, {"USA"})],
        id="a verb coordinated into the speaker's last verb is the speaker's own act",
    ),
    pytest.param(
        "ロシアのラブロフ外相は「米国の行為は犯罪だ」と批判した。",
        "ACCUSE",
        [({"RUS"}, {"USA"})],
        id="a noun judgement quoted and condemned is said of its subject",
    ),
    pytest.param(
        "ウクライナのゼレンスキー大統領は、国連安全保障理事会にロシアのウクライナ攻撃についての緊急会合を要請した。",
        "ASSAULT",
        [({"RUS"}, {"UKR"})],
        id="a noun act whose phrase names both sides takes no name from the verb it hangs on",
    ),
    pytest.param(
        "海上保安本部は9日、日本の領海内に侵入した中国海警局の公船2隻が8日午後4時50分ごろ、"
        "日本漁船に接近したと明らかにした。",
        "ASSAULT",
        [({"CHN"}, {"JPN"})],
        id="a subject the parse hangs on a time phrase is its verb's and a relative clause's noun",
    ),
    pytest.param(
        "ウクライナ西部のリビウにロシア軍による無人機や巡航ミサイルあわせて500機以上を使った大規模攻撃があった。",
        "ASSAULT",
        [({"RUS"}, {"UKR"})],
        id="the agent in による does an act a long relative clause before it describes",
    ),
    pytest.param(
        "林外相は、東京で韓国の趙兌烈外相と会談し、北朝鮮の非核化に向けて緊密に連携していくことで一致した。",
        "COOPERATE",
        [({"JPN", "KOR"}, {"JPN", "KOR"})],
        id="what a joint act aims at names no partner of it",
    ),
    pytest.param(
        "イスラエル軍がイラン西部ケルマンシャーにある軍事施設を攻撃した。",
        "ASSAULT",
        [({"ISR"}, {"IRN"})],
        id="the country a relative clause says what is hit lies in is hit",
    ),
    pytest.param(
        "米軍がイラン中部フォルドゥを含む複数の核施設を空爆した。",
        "ASSAULT",
        [({"USA"}, {"IRN"})],
        id="the country a relative clause says what is hit includes is hit",
    ),
    pytest.param(
        "トランプ大統領と金正恩総書記が非核化で合意に至らず、ハノイでの会談を終えた。",
        "CONSULT",
        [({"USA", "PRK"}, {"USA", "PRK"})],
        id="both names of a subject written A と B が are carried to the clause coordinated after it",
    ),
    pytest.param(
        "バイデン大統領と習近平国家主席が台湾問題での合意に至らず、サンフランシスコでの会談を終えた。",
        "CONSULT",
        [({"USA", "CHN"}, {"USA", "CHN"})],
        id="a reciprocal act whose subject names both parties takes no party from the clause before",
    ),
    pytest.param(
        "首相は中国の習近平国家主席と会談した。東シナ海の危機管理の重要性で一致した。",
        "AGREE",
        [({"JPN"}, {"CHN"})],
        id="with no party named, the parties of the meeting told before agree",
    ),
]


@pytest.mark.parametrize(("text", "type_", "expected"), WHO_ACTS_ON_WHOM)
def test_who_acts_on_whom(
    pipeline: Pipeline, text: str, type_: str, expected: list[tuple[set[str], set[str]]]
) -> None:
    got = sides(pipeline, text, type_)
    assert got == as_recorded(expected, got)


def test_the_ground_of_a_measure_is_told_on_the_measure_takers_word(pipeline: Pipeline) -> None:
    text = "米政府はロシアに武器を提供したとして、北朝鮮の企業を制裁対象に指定した。"
    [aid] = [e for e in coded(pipeline, text) if e.type == "AID"]
    assert aid.status == "suspected"


def test_an_attack_a_drill_plays_out_is_not_done(pipeline: Pipeline) -> None:
    text = "ロシア軍はポーランドの港湾への攻撃を想定した演習を行った。"
    assert "ASSAULT" not in event_types(pipeline, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("決議は国軍に対し、空爆の停止と人道支援の受け入れを要求した。", {"ASSAULT", "AID", "CONCEDE"}),
        ("米国は北朝鮮に対し、核実験の中止と人道支援の受け入れを求めた。", {"AID", "CONCEDE"}),
        ("韓国は日本に対し、発言を撤回するよう求めた。", {"CONCEDE"}),
        ("国連はロシアに対し、停戦に応じるよう求めた。", {"RETREAT"}),
        # what is asked for, quoted
        ("国連安保理は、ルワンダ軍に「コンゴ領土からの無条件の即時撤退」を要求した。", {"RETREAT"}),
        # the one asked, or a comma and an adverb, named between the act and the asking verb
        ("官房長官は、速やかに撤回するよう中国側に求めた。", {"CONCEDE"}),
        ("米国はイスラエルに対し、攻撃を停止するよう、改めて強く求めた。", {"RETREAT", "ASSAULT"}),
        # an act offered as an alternative of another is asked for with it
        ("米国はパキスタン政府に対し、過激派の指導者を逮捕または処罰するよう求めた。", {"COERCE"}),
        # an act named inside the clause of what is asked, not as its object
        ("日本政府はロシアに対して北方領土での演習実施を断念するよう要求した。", {"MOBILIZE"}),
        ("日本政府は外交ルートを通じて、北方領土を今度の演習から除外するよう強く求めた。", {"MOBILIZE"}),
        # an act's ending asked for: the act is asked about, not done
        ("米政権はイスラエルに空爆中止を要請した。", {"ASSAULT"}),
        ("米政権はイスラエルに攻撃の中止を求めた。", {"ASSAULT"}),
        # pressing for an act is asking for it
        ("米国は中国に対し、ロシアへの支援をやめるよう圧力をかけた。", {"AID"}),
    ],
)
def test_acts_listed_as_what_is_asked_for_are_no_events(
    pipeline: Pipeline, text: str, absent: set[str]
) -> None:
    assert not event_types(pipeline, text) & absent


def test_an_act_told_with_its_doer_before_a_reaction_is_coded(pipeline: Pipeline) -> None:
    # 中国が…などに制裁措置を科したことについて抗議: the sanction is told here, with who imposed it
    text = "中国がアメリカの軍事関連企業などに制裁措置を科したことについて、アメリカ国務省は抗議した。"
    assert sides(pipeline, text, "SANCTION") == [({"CHN"}, {"USA"})]
    assert sides(pipeline, text, "ACCUSE") == [({"USA"}, {"CHN"})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the topic's own clause closed by its verb's continuative form: the next topic reports
        (
            "イスラエル軍は16日、ダマスカスを空爆し、シリア政府は3人が死亡したと発表した。",
            [({"ISR"}, {"SYR"})],
        ),
        # a state body in a city is that state's, not the attacker's
        ("イスラエル軍は16日、ダマスカスで国防省を空爆した。", [({"ISR"}, {"SYR"})]),
    ],
)
def test_an_attack_told_before_another_topic_reports(
    pipeline: Pipeline, text: str, expected: list[tuple[set[str], set[str]]]
) -> None:
    assert sides(pipeline, text, "ASSAULT") == expected


def test_a_speaker_whose_report_holds_a_subject_of_its_own_still_speaks(pipeline: Pipeline) -> None:
    # 防衛省は、北朝鮮が…発射し、…と発表した: the ministry reports; the launch is North Korea's
    text = "防衛省は、北朝鮮が弾道ミサイルを発射し、日本のEEZ内に落下したと発表した。"
    assert [src for src, _ in sides(pipeline, text, "MOBILIZE")] == [{"PRK"}]


def test_whose_warrant_an_arrest_follows_is_no_party_to_it(pipeline: Pipeline) -> None:
    # ICCの令状に基づき…逮捕された: the arrest is the state's where it happens, not the court's
    text = "国際刑事裁判所の令状に基づきフィリピン国内で逮捕されたドゥテルテ前大統領がハーグに移送された。"
    assert sides(pipeline, text, "COERCE") == [({"PHL"}, {"PHL"})]


def test_a_judgement_argued_is_no_appeal(pipeline: Pipeline) -> None:
    # 主権侵害だと訴えた argues what the attack is; 支援を訴えた appeals for help
    text = "タリバン暫定政権の国防省はこの攻撃をパキスタンによるものと非難し、主権侵害だと訴えた。"
    assert event_types(pipeline, text) == {"ACCUSE"}
    assert event_types(pipeline, "ゼレンスキー大統領は欧州連合に追加支援を訴えた。") == {"REQUEST"}


def test_a_bare_spokesperson_speaks_for_the_state_the_story_is_about(pipeline: Pipeline) -> None:
    text = "中国外務省は11日、声明を発表した。報道官は日本の対応を強く批判した。"
    assert sides(pipeline, text, "ACCUSE") == [({"CHN"}, {"JPN"})]


def test_pressure_to_do_something_asks_for_it(pipeline: Pipeline) -> None:
    # …よう圧力をかけた: a request to the one pressed; pressure alone stays a sanction
    text = "米国は日本に対し、中国への半導体装置の輸出を止めるよう圧力をかけた。"
    assert sides(pipeline, text, "REQUEST") == [({"USA"}, {"JPN"})]
    assert event_types(pipeline, "中国はフィリピンに圧力をかけた。") == {"SANCTION"}


def test_an_act_a_quoted_judgement_is_about_is_not_the_speakers(pipeline: Pipeline) -> None:
    text = "米国務省の報道官は10日、「シリア国内への一方的な空爆は、地域の安定にはつながらない」と述べた。"
    assert [src for src, _ in sides(pipeline, text, "ASSAULT") if "USA" in src] == []


def test_an_act_a_quoted_judgement_is_about_carries_no_actor_of_the_sentence_before(
    pipeline: Pipeline,
) -> None:
    text = (
        "トルコ政府はイスラエルを強く批判した。英国の報道官は「レバノン国内への一方的な攻撃は、"
        "和平にはつながらない」と述べた。"
    )
    assert sides(pipeline, text, "ASSAULT") == []


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("ロシア軍は5日、ウクライナ東部の拠点を砲撃したが、ウクライナ側は被害はなかったと主張した。", "RUS"),
        ("中国海警局は3日、フィリピン船に放水したが、フィリピン側は船が損傷したと主張した。", "CHN"),
    ],
)
def test_a_topic_before_a_contrast_is_not_the_speaker_of_the_clause_after_it(
    pipeline: Pipeline, text: str, doer: str
) -> None:
    assert [src for src, _ in sides(pipeline, text, "ASSAULT")][:1] == [{doer}]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "韓国は北朝鮮に対し、「地域の安全を脅かす、あらゆる行為を直ちにやめるべきだ」と求めた。",
            "REQUEST",
            "THREATEN",
        ),
        ("日本政府は、北朝鮮の発射は地域の平和を脅かす行為だと非難した。", "ACCUSE", "THREATEN"),
        ("欧州連合は、ロシアがウクライナを侵略した行為を非難した。", "ASSAULT", ""),
        # the form an act takes (包囲する形で) is no act of its own
        ("中国軍は台湾を包囲する形で演習を行った。", "MOBILIZE", "ASSAULT"),
    ],
)
def test_a_clause_that_says_what_kind_an_act_is_is_no_event(
    pipeline: Pipeline, text: str, present: str, absent: str
) -> None:
    types = event_types(pipeline, text)
    assert present in types and absent not in types


def test_a_mediator_reacts_to_no_side_of_the_talks_it_mediates(pipeline: Pipeline) -> None:
    text = "スーダンの和平交渉を仲介してきたサウジアラビアは強く反発している。"
    assert [tgt for src, tgt in sides(pipeline, text, "ACCUSE") if "SDN" in tgt] == []


def test_a_negation_in_what_is_asked_is_not_the_requests(pipeline: Pipeline) -> None:
    [request] = [
        ev
        for ev in coded(pipeline, "国連はイスラエルに対し、攻撃しないよう要求した。")
        if ev.type == "REQUEST"
    ]
    assert (request.status, request.mode) == ("asserted", "assault")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "トルコのエルドアン大統領は、ロシアとウクライナの和平交渉を仲介する用意があると表明した。",
            ({"TUR"}, {"RUS", "UKR"}),
        ),
        # a talk with someone lists both on both sides
        ("イランは、米国と対話する用意があると述べた。", ({"IRN", "USA"}, {"IRN", "USA"})),
    ],
)
def test_a_speaker_ready_to_act_is_the_one_who_would_act(
    pipeline: Pipeline, text: str, expected: tuple[set[str], set[str]]
) -> None:
    # 用意がある is the speaker's stance: the speaker acts, and the act is planned
    events = [e for e in coded(pipeline, text) if e.type == "CONSULT"]
    assert [({r.country for r in e.source}, {r.country for r in e.target}) for e in events] == [expected]
    assert events[0].status == "planned"


@pytest.mark.parametrize(
    ("text", "absent", "threat"),
    [
        (
            "ロシアのプーチン大統領は、ウクライナが長射程ミサイルでロシア領を攻撃すれば、報復すると警告した。",
            "ASSAULT",
            ({"RUS"}, {"UKR"}),
        ),
        (
            "北朝鮮は、米韓が合同演習を強行するなら、対抗措置を取ると表明した。",
            "COOPERATE",
            ({"PRK"}, {"USA", "KOR"}),
        ),
        # an act of force said to follow from a condition is itself the threat
        (
            "中国は、日本が台湾問題に介入すれば、日本に制裁を科すと述べた。",
            "SANCTION",
            ({"CHN"}, {"JPN"}),
        ),
        (
            "イランの司令官は「イスラエルがイランを攻撃するなら、イスラエルを何度も攻撃する」と述べた。",
            "ASSAULT",
            ({"IRN"}, {"ISR"}),
        ),
        # a condition the parse hangs on the verb of saying is still of what is said
        (
            "中国外務省は22日、日本の措置を非難した。日本が撤回しなければ制裁を科すと述べた。",
            "SANCTION",
            ({"CHN"}, {"JPN"}),
        ),
        # the one who meets the condition is no source of the threat made on it
        (
            "北朝鮮の国防相は22日、米国を非難した。米国が演習を続ければ「攻撃する」と述べた。",
            "ASSAULT",
            ({"PRK"}, {"USA"}),
        ),
    ],
)
def test_a_condition_is_no_event_but_the_threat_made_on_it_is(
    pipeline: Pipeline, text: str, absent: str, threat: tuple[set[str], set[str]]
) -> None:
    assert absent not in event_types(pipeline, text)
    assert sides(pipeline, text, "THREATEN") == [threat]


@pytest.mark.parametrize(
    ("text", "type_", "absent"),
    [
        ("インド外務省の報道官は、米国産品に報復関税を課す姿勢を強調した。", "THREATEN", "SANCTION"),
        ("日本は韓国と安全保障で協力する姿勢を示した。", "AGREE", "COOPERATE"),
    ],
)
def test_an_act_told_as_a_posture_is_an_intention(
    pipeline: Pipeline, text: str, type_: str, absent: str
) -> None:
    types = event_types(pipeline, text)
    assert type_ in types and absent not in types


def test_what_an_act_is_aimed_at_is_no_act_and_its_place_no_party(pipeline: Pipeline) -> None:
    # に向け names a goal: the ceasefire is hoped for, not made; ガザにおける says where, so Gaza is no
    # party of the cooperation either
    text = "日本は、ガザにおける停戦、人質解放の実現に向け、米国と緊密に協力していく考えを示した。"
    assert "RETREAT" not in event_types(pipeline, text)
    assert sides(pipeline, text, "COOPERATE") == [({"JPN", "USA"}, {"JPN", "USA"})]


def test_an_act_in_a_case_clause_is_a_condition(pipeline: Pipeline) -> None:
    # 発動した場合は: the measure may come, so it is no event, even with the other side known
    text = (
        "中国は米国の関税政策を批判した。中国政府は協議後の声明で、米国が追加関税を発動した場合は"
        "対抗すると牽制した。"
    )
    assert "SANCTION" not in event_types(pipeline, text)
    # 韓国を攻撃し、被害が出た場合: a clause coordinated into a case clause is a condition too
    text = "米国は「北朝鮮が韓国を攻撃し、民間人に被害が出た場合、北朝鮮に報復する」と警告した。"
    assert "ASSAULT" not in event_types(pipeline, text)
    text = "中国は、日本が台湾に派兵し、武力衝突が起きた場合、日本に反撃すると警告した。"
    assert "MOBILIZE" not in event_types(pipeline, text)


def test_a_sentence_naming_countries_only_by_abbreviations_is_parsed(pipeline: Pipeline) -> None:
    # 日米豪印: no full name, yet the sentence names four countries and is read for events
    assert "CONSULT" in event_types(pipeline, "日米豪印4か国の首脳が電話で協議した。")


def test_an_act_dated_after_the_story_is_still_to_come(pipeline: Pipeline) -> None:
    # 来週 dates the visit after the story's day: planned, though its own verb has no tense of plan
    text = "首相は来週、インドネシアを訪問し、大統領と会談する方向で調整している。"
    visits = [e for e in coded(pipeline, text) if e.trigger.startswith("訪問")]
    assert [(e.type, e.status) for e in visits] == [("CONSULT", "planned")]


@pytest.mark.parametrize(
    "text",
    ["日本は北朝鮮に制裁を科さなければならない。", "政府は北朝鮮に追加制裁を科さねばならない。"],
)
def test_an_obligation_is_no_condition_and_no_negation(pipeline: Pipeline, text: str) -> None:
    # 科さなければならない, 科さねばならない: ば in a must, the act is desired, neither a condition nor
    # negated by the ぬ of ねば
    assert [(e.type, e.status) for e in coded(pipeline, text)] == [("SANCTION", "desired")]


def test_the_subject_of_an_agentless_passive_is_acted_on(pipeline: Pipeline) -> None:
    # 中国海警局は…と非難されている: China is accused; no one named accuses
    text = "中国海警局は、フィリピンの補給船に体当たりしたと非難されている。"
    assert sides(pipeline, text, "ACCUSE") == []
    # 拘束されていた日本人が解放された: China, who held him, releases him
    assert sides(pipeline, "中国で拘束されていた日本人が解放された。", "RETREAT") == [({"CHN"}, {"JPN"})]


def test_a_participle_on_a_noun_is_passive(pipeline: Pipeline) -> None:
    # companies accused of helping Russia: no accusation by China
    text = (
        "Washington imposed sanctions on two Chinese companies accused of helping Russia "
        "develop attack drones."
    )
    assert sides(pipeline, text, "ACCUSE") == []
    assert sides(pipeline, text, "SANCTION") == [({"USA"}, {"CHN"})]


def test_armed_forces_named_alone_are_those_the_story_last_named(pipeline: Pipeline) -> None:
    text = (
        "Israeli troops raided the West Bank city of Jenin early Wednesday, killing at least six "
        "Palestinians, the Palestinian Health Ministry said. "
        "The military said its forces had killed several militants."
    )
    assert ({"ISR"}, {"PSE"}) in sides(pipeline, text, "ASSAULT")
    assert all("PSE" not in src for src, _ in sides(pipeline, text, "ASSAULT"))


def test_what_is_mediated_is_no_act_of_its_own(pipeline: Pipeline) -> None:
    text = "停戦を仲介している米国の特使は21日にベイルートを訪れた。"
    assert "RETREAT" not in event_types(pipeline, text)


def test_both_sides_addressed_are_the_two_of_the_last_two_sided_act(pipeline: Pipeline) -> None:
    text = (
        "イスラエル軍は20日、レバノン南部の村を空爆した。"
        "ヒズボラは報復としてイスラエル北部にロケット弾を発射した。"
        "米国の国務長官は声明で、双方に最大限の自制を求めた。"
    )
    [(source, target)] = sides(pipeline, text, "REQUEST")
    assert source == {"USA"} and {"LBN", "ISR"} <= target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("外務省の局長は、在日中国大使館の次席公使に電話で強く抗議した。", {"CHN"}),
        ("ロシア外務省は、在ロシア日本大使館の職員1人を国外追放すると発表した。", {"JPN"}),
    ],
)
def test_the_country_a_body_is_stationed_in_is_no_party(
    pipeline: Pipeline, text: str, target: set[str]
) -> None:
    assert [tgt for _, tgt in sides(pipeline, text, "ACCUSE") + sides(pipeline, text, "COERCE")] == [target]


def test_an_act_another_is_asked_to_refrain_from_is_no_event(pipeline: Pipeline) -> None:
    text = "米国の大統領は、イスラエルに対し、ラファへの侵攻を控えるよう求めた。"
    assert event_types(pipeline, text) == {"REQUEST"}
    assert {"USA"} == sides(pipeline, text, "REQUEST")[0][0]


def test_what_a_speaker_said_it_would_do_is_planned(pipeline: Pipeline) -> None:
    events = coded(pipeline, "Japan's foreign ministry said it would lodge a protest with China.")
    assert [(e.type, e.status) for e in events] == [("ACCUSE", "planned")]


def test_an_exercise_held_together_with_another_country_is_cooperation(pipeline: Pipeline) -> None:
    # 米軍と共同で…訓練を実施: the joint word sits in the trigger's phrase, not in the trigger
    text = "自衛隊は、米軍と共同で離島防衛の訓練を実施した。"
    assert sides(pipeline, text, "COOPERATE") == [({"JPN", "USA"}, {"JPN", "USA"})]
    assert "MOBILIZE" not in event_types(pipeline, text)


def test_an_opposition_leader_is_of_the_country_of_the_story(pipeline: Pipeline) -> None:
    text = "ベネズエラのマドゥロ政権は、野党指導者の出国を禁止した。"
    assert [tgt for _, tgt in sides(pipeline, text, "COERCE")] == [{"VEN"}]


def test_what_is_talked_about_is_no_party(pipeline: Pipeline) -> None:
    text = "中国の外相は、ロシアの外相と北京で会談し、ウクライナ情勢について意見を交換した。"
    assert all("UKR" not in tgt for _, tgt in sides(pipeline, text, "CONSULT"))


def test_a_plan_by_way_of_a_mediation_is_not_the_acceptors_mediation(pipeline: Pipeline) -> None:
    text = "イスラエル首相府は、カタールとエジプトの仲介による停戦案を受け入れると発表した。"
    assert all("ISR" not in src for src, _ in sides(pipeline, text, "CONSULT"))


def test_a_mediation_glued_to_its_mediator_is_the_mediators(pipeline: Pipeline) -> None:
    text = "イスラエル政府は、ハマスがエジプト仲介による停戦合意に違反したと非難した。"
    assert all("ISR" not in src and "EGY" not in tgt for src, tgt in sides(pipeline, text, "CONSULT"))


def test_an_act_set_as_a_condition_is_not_done(pipeline: Pipeline) -> None:
    # 完全撤退が停戦の条件だ: Hamas demands a withdrawal; Israel has not withdrawn
    text = "ハマスは、イスラエル軍の完全撤退が停戦の条件だとして、合意を拒否した。"
    assert "RETREAT" not in event_types(pipeline, text)
    assert sides(pipeline, text, "REJECT") == [({"PSE"}, {"ISR"})]


def test_a_condition_inside_a_quotation_is_no_event(pipeline: Pipeline) -> None:
    # the parse reads the quotation as one clause; the condition is written after the trigger
    text = "国防相はSNSで「ハマスが人質を解放しなければ、ガザは破壊される」と投稿した。"
    assert "RETREAT" not in event_types(pipeline, text)


def test_an_act_decided_is_planned_unless_in_force_once_decided(pipeline: Pipeline) -> None:
    decided = coded(pipeline, "北朝鮮はロシアへの部隊派遣を決めた。政府はロシアに対する追加制裁を決定した。")
    assert [(e.type, e.status) for e in decided] == [("AID", "planned"), ("SANCTION", "asserted")]


def test_the_way_a_protest_is_lodged_is_no_target(pipeline: Pipeline) -> None:
    # 北京の大使館ルートを通じて: the channel, so no protest against China
    text = "北朝鮮が弾道ミサイルを発射した。政府は、北京の大使館ルートを通じて厳重に抗議した。"
    assert sides(pipeline, text, "ACCUSE") == []


def test_a_participle_on_a_noun_that_names_no_one_has_no_actor(pipeline: Pipeline) -> None:
    # the entities support Russia's war, not Japan
    text = "Japan imposed sanctions against individuals and entities supporting Russia's war in Ukraine."
    assert "SUPPORT" not in event_types(pipeline, text)


def test_an_english_cue_is_a_whole_word(pipeline: Pipeline) -> None:
    # `not` inside another and noted negates nothing
    text = "The State Department said it might impose another round of sanctions on Russia."
    assert [(e.type, e.status) for e in coded(pipeline, text)] == [("SANCTION", "expected")]
    noted = "Japan noted that it had imposed sanctions on North Korea."
    assert [(e.type, e.status) for e in coded(pipeline, noted)] == [("SANCTION", "asserted")]


def test_the_topic_of_the_verb_above_is_no_party_of_a_clause_with_its_own_subject(pipeline: Pipeline) -> None:
    text = "菅官房長官は、日本人男性が北京で3月に拘束されたことを確認した。"
    parties = {r.id for e in coded(pipeline, text) for r in (*e.source, *e.target)}
    assert "wiki:Yoshihide_Suga" not in parties


def test_an_english_verb_before_an_act_can_undo_it(pipeline: Pipeline) -> None:
    assert event_types(pipeline, "Seoul suspended a military agreement with Pyongyang.") == {"REJECT"}
    assert event_types(pipeline, "Israel halted its offensive in Gaza.") == {"RETREAT"}


@pytest.mark.parametrize(
    "text",
    [
        "米政府はウクライナへの軍事支援を一時停止した。",
        "米国はウクライナへの兵器供給を全面的に停止した。",
        "日本はロシアとの経済協力を凍結した。",
        "The United States halted military aid to Ukraine.",
    ],
)
def test_aid_or_cooperation_stopped_reduces_relations(pipeline: Pipeline, text: str) -> None:
    # stopping aid or cooperation is a sanction (CAMEO's reduce relations), not a refusal
    assert event_types(pipeline, text) == {"SANCTION"}


def test_talks_called_off_after_an_adverb_reduce_relations(pipeline: Pipeline) -> None:
    # halting talks is CAMEO's reduce relations (164), a sanction, as 会談を中止 is in the lexicon
    assert event_types(pipeline, "中国は日本との首脳会談を急きょ中止した。") == {"SANCTION"}
    assert event_types(pipeline, "The United States called off talks with Iran.") == {"SANCTION"}


def test_an_english_noun_of_undoing_undoes_the_act_it_governs(pipeline: Pipeline) -> None:
    # the lifting of U.S. sanctions lifts them; it imposes none
    text = "The president said he would order the lifting of U.S. sanctions on Cuba."
    assert event_types(pipeline, text) == {"CONCEDE"}
    assert event_types(pipeline, "Brussels announced the easing of sanctions on Belarus.") == {"CONCEDE"}
    suspended = "Moscow announced the suspension of its offensive near Kharkiv."
    assert event_types(pipeline, suspended) == {"RETREAT"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb that carries an act's noun gives its status: a visit planned
        ("Seoul plans a visit to Tokyo by its foreign minister next month.", ("CONSULT", "planned")),
        # through the noun whose of-phrase holds it: the talks are what is expected to be suspended
        ("Manila is expected to announce the suspension of talks with Beijing.", ("SANCTION", "expected")),
        # a measure a report says will be taken is announced, so in force (as 解除すると発表した)
        ("The president said he would order the lifting of U.S. sanctions on Cuba.", ("CONCEDE", "asserted")),
    ],
)
def test_the_verb_carrying_an_acts_noun_gives_its_status(
    pipeline: Pipeline, text: str, expected: tuple[str, str]
) -> None:
    assert [(e.type, e.status) for e in coded(pipeline, text)] == [expected]


def test_people_suspected_of_an_act_do_not_make_the_arrest_suspected(pipeline: Pipeline) -> None:
    text = "Indian police arrested three Pakistani nationals suspected of spying."
    assert [(e.type, e.status) for e in coded(pipeline, text)] == [("COERCE", "asserted")]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("中国政府は、日本産水産物の輸入を一部再開すると発表した。", "CONCEDE"),
        ("米国はベネズエラへの制裁を一時的に解除した。", "CONCEDE"),
        ("ロシアはウクライナに圧力をさらに強めた。", "SANCTION"),
    ],
)
def test_a_phrase_with_words_between_its_noun_and_verb_is_found_on_the_parse(
    pipeline: Pipeline, text: str, type_: str
) -> None:
    # the sentence passes the pre-filter and the parse joins 輸入を and 再開 over 一部
    assert type_ in event_types(pipeline, text)


def test_the_topic_after_a_matter_reacted_to_is_none_of_its_actors(pipeline: Pipeline) -> None:
    # …が侵入したことについて、官房長官は抗議した: the secretary did not enter the waters
    text = (
        "中国海警局の船3隻がきのう、尖閣諸島周辺の領海に侵入したことについて、林官房長官はきょう、"
        "外交ルートを通じて抗議したことを明らかにした。"
    )
    assert ({"JPN"}, {"JPN"}) not in sides(pipeline, text, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "台湾国防部は、中国軍が台湾周辺で大規模演習を行う計画だと公表した。",
        "台湾国防部は、中国軍が台湾周辺で大規模演習を計画していると公表した。",
    ],
)
def test_the_reporter_above_a_plan_is_no_party_of_the_act_planned(pipeline: Pipeline, text: str) -> None:
    # the ministry is the topic of 公表, two clauses above the exercise
    assert [(e.type, e.status) for e in coded(pipeline, text)] == [("MOBILIZE", "planned")]
    assert sides(pipeline, text, "MOBILIZE") == [({"CHN"}, {"TWN"})]


def test_the_envoy_summoned_is_of_the_country_protested_to(pipeline: Pipeline) -> None:
    text = "韓国外交部は、日本の駐韓大使を呼び出した。"
    assert sides(pipeline, text, "ACCUSE") == [({"KOR"}, {"JPN"})]


def test_a_clause_before_with_no_subject_shares_the_protesters_and_names_whom_it_addresses(
    pipeline: Pipeline,
) -> None:
    # 呼び出した上で、次官が抗議した: the vice-minister summoned the envoy and protested to his country
    text = "外務省は、ロシアの駐日大使を同省に呼び出した上で、岡野外務次官が抗議したと発表した。"
    assert sides(pipeline, text, "ACCUSE") == [({"JPN"}, {"RUS"})]


def test_the_subject_of_an_act_reacted_to_is_its_target_not_the_reactions_source(pipeline: Pipeline) -> None:
    text = (
        "中国外務省はカナダ海軍の護衛艦が先月台湾海峡を通過したことに反発し、"
        "地域の安定を損なわないよう求めた。"
    )
    assert sides(pipeline, text, "ACCUSE") == [({"CHN"}, {"CAN"})]


def test_a_party_listed_with_a_visitor_meets_the_visitor(pipeline: Pipeline) -> None:
    # 岸田首相と|来日した…首相が会談: the と-phrase is the other party of the talks, not of the visit
    text = "岸田首相と来日したインドのモディ首相が首脳会談を行った。"
    assert [e.mode for e in coded(pipeline, text) if e.type == "CONSULT"] == ["visit", "meet"]
    assert ({"IND"}, {"JPN"}) in sides(pipeline, text, "CONSULT")


def test_both_leaders_after_one_named_are_both_parties(pipeline: Pipeline) -> None:
    text = (
        "岸田首相と来日したインドのモディ首相が首脳会談を行い、両首脳は、"
        "日印関係を着実に発展させていくことで一致した。"
    )
    assert sides(pipeline, text, "AGREE") == [({"IND", "JPN"}, {"IND", "JPN"})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of the clause coordinated before
        ("フィリピンが南シナ海の問題を解決する決意を表明し、日本が支持した。", ({"JPN"}, {"PHL"})),
        ("ウクライナが領土を守り抜く決意を表明し、英国が支持した。", ({"GBR"}, {"UKR"})),
    ],
)
def test_a_reaction_after_another_subjects_act_is_aimed_at_that_subject(
    pipeline: Pipeline, text: str, expected: tuple[set[str], set[str]]
) -> None:
    assert sides(pipeline, text, "SUPPORT") == [expected]


def test_an_evaluation_a_speaker_is_quoted_with_is_the_speakers(pipeline: Pipeline) -> None:
    # 「極めて遺憾」と述べ: the secretary's regret, not the intruder's act told again
    text = (
        "松野官房長官は記者会見で、ロシア軍の哨戒機が前日、北海道沖で日本の領空を侵犯した事案を"
        "「極めて遺憾」と述べ、外交ルートで抗議したと明らかにした。"
    )
    found = sides(pipeline, text, "ACCUSE")
    assert found and all(x == ({"JPN"}, {"RUS"}) for x in found)


@pytest.mark.parametrize(
    "text",
    [
        "ロシア軍はウクライナの発電所や変電所への攻撃を開始した。",
        # the ている is the report's: the attack told is done
        "ロシア国防省はウクライナの軍事施設や飛行場に対して大規模な攻撃を行ったと発表している。",
    ],
)
def test_the_owner_of_a_list_attacked_is_attacked(pipeline: Pipeline, text: str) -> None:
    assert [(e.type, e.status) for e in coded(pipeline, text)] == [("ASSAULT", "asserted")]
    assert sides(pipeline, text, "ASSAULT") == [({"RUS"}, {"UKR"})]


def test_a_report_going_on_leaves_the_act_it_tells_done(pipeline: Pipeline) -> None:
    text = "ロシア国防省はウクライナ軍に対して大規模な攻撃を行ったと発表している。"
    assert [(e.type, e.status) for e in coded(pipeline, text)] == [("ASSAULT", "asserted")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ゼレンスキー大統領が、ウクライナの攻撃でロシアの製油所が「破壊された」と主張したことを受け、"
            "ロシアは「報復」を警告した。",
            ({"RUS"}, {"UKR"}),
        ),
        (
            "バイデン大統領が、米国の制裁で北朝鮮の経済が「打撃を受けた」と主張したことを受け、"
            "北朝鮮は「強力な対応」を警告した。",
            ({"PRK"}, {"USA"}),
        ),
    ],
)
def test_a_warning_in_answer_to_a_claim_is_aimed_at_the_claimant(
    pipeline: Pipeline, text: str, expected: tuple[set[str], set[str]]
) -> None:
    # what the claim names of the warner's own (ロシアの製油所) is no target
    assert sides(pipeline, text, "THREATEN") == [expected]


def test_an_arrest_in_a_city_named_inside_its_province_is_that_states(pipeline: Pipeline) -> None:
    # the parse cuts 中国遼寧省大連|市で; the city is China's
    assert sides(pipeline, "中国遼寧省大連市で日本人が拘束された。", "COERCE") == [({"CHN"}, {"JPN"})]


def test_who_a_passive_is_done_by_with_kara_acts(pipeline: Pipeline) -> None:
    # 中国海警|局の船から放水された: the owner of the ships the water came from acts
    text = "ベトナム当局は、ベトナムの漁船が中国海警局の船から放水されたと発表した。"
    assert sides(pipeline, text, "ASSAULT") == [({"CHN"}, {"VNM"})]


def test_a_subject_left_out_after_a_report_is_the_reporter(pipeline: Pipeline) -> None:
    # the sentence before reports China's act; the protest left without a subject is Vietnam's
    text = (
        "ベトナム当局は、ベトナムの漁船が中国海警局の船から放水されたと発表した。"
        "放水は1時間続き、漁師が負傷したとして中国側を非難した。"
    )
    assert sides(pipeline, text, "ACCUSE") == [({"VNM"}, {"CHN"})]


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        pytest.param(
            "パキスタンはインドの空爆を受けた。",
            "ASSAULT",
            [({"IND"}, {"PAK"})],
            id="a strike received is done to the subject by the owner of the strike",
        ),
        pytest.param(
            "インドの空爆を受け、パキスタン軍は報復を警告した。",
            "ASSAULT",
            [({"IND"}, {"PAK"})],
            id="a strike received before the topic is done to the topic",
        ),
        pytest.param(
            "インドの空爆を受け、パキスタン軍は報復を警告した。",
            "THREATEN",
            [({"PAK"}, {"IND"})],
            id="a threat after a strike received is aimed at who struck",
        ),
        pytest.param(
            "北朝鮮の弾道ミサイル発射を受け、韓国外務省は強く抗議した。",
            "ACCUSE",
            [({"KOR"}, {"PRK"})],
            id="a protest after an act received is aimed at who did it",
        ),
        pytest.param(
            "ウクライナ東部の町はロシア軍からの激しい攻撃にさらされている。",
            "ASSAULT",
            [({"RUS"}, {"UKR"})],
            id="an act one is exposed to (にさらされる) falls on the one exposed",
        ),
        pytest.param(
            "日本の艦隊はアメリカ軍の攻撃に遭った。",
            "ASSAULT",
            [({"USA"}, {"JPN"})],
            id="an act met with (に遭う) falls on the one who meets it",
        ),
        pytest.param(
            "韓国政府は野党から厳しい批判にさらされた。",
            "ACCUSE",
            [({"KOR"}, {"KOR"})],
            id="criticism one is exposed to comes from whom から names",
        ),
    ],
)
def test_an_act_received_is_done_to_the_one_who_receives_it(
    pipeline: Pipeline, text: str, type_: str, expected: list[tuple[set[str], set[str]]]
) -> None:
    assert sides(pipeline, text, type_) == expected


def test_an_act_received_that_is_aimed_elsewhere_is_a_cause_not_a_blow(pipeline: Pipeline) -> None:
    # ウクライナへの侵攻を受けて: the invasion is Ukraine's to suffer, the sanctions answer it
    text = "ロシアによるウクライナへの侵攻を受けて、日本政府は対ロ制裁を決定した。"
    assert sides(pipeline, text, "ASSAULT") == [({"RUS"}, {"UKR"})]


def test_a_stance_kept_goes_on(pipeline: Pipeline) -> None:
    # 反対している: the opposition holds, where 非難している reports a criticism made
    text = "米国が安保理で新たな制裁を求めているが、中国とロシアが反対している。"
    events = [e for e in coded(pipeline, text) if e.type == "REJECT"]
    assert [(e.status, {r.country for r in e.target}) for e in events] == [("ongoing", {"USA"})]


def test_a_quoted_predicate_takes_no_status_from_the_report_after_it(pipeline: Pipeline) -> None:
    # 「…に反対する」と強調しています: the ている is the report's
    text = "中国外務省は「日本の軍備増強に反対する」と強調しています。"
    events = [e for e in coded(pipeline, text) if e.type == "REJECT"]
    assert [e.status for e in events] == ["asserted"]


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        pytest.param(
            "エジプトとエチオピアとの間でダムをめぐる協議が行われた。",
            "CONSULT",
            [({"EGY", "ETH"}, {"EGY", "ETH"})],
            id="both names before との間で are the parties of what is between them",
        ),
        pytest.param(
            "エジプトの外相とエチオピアの外相との間で協議が行われた。",
            "CONSULT",
            [({"EGY", "ETH"}, {"EGY", "ETH"})],
            id="the countries of two envoys before との間で are the parties",
        ),
        pytest.param(
            "アルメニアとアゼルバイジャンの間で外相会談が開かれた。",
            "CONSULT",
            [({"ARM", "AZE"}, {"ARM", "AZE"})],
            id="talks named as an event and held are a predicate, not a reference",
        ),
        pytest.param(
            "ウィーンにおいてエジプトの首相兼外相とエチオピアの外相との間で協議が行われた。",
            "CONSULT",
            [({"EGY", "ETH"}, {"EGY", "ETH"})],
            id="the country of an envoy named first with a long title is a party too",
        ),
    ],
)
def test_what_is_between_two_parties_is_both_sides(
    pipeline: Pipeline, text: str, type_: str, expected: list[tuple[set[str], set[str]]]
) -> None:
    assert sides(pipeline, text, type_) == expected


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        pytest.param(
            "ロイター通信によりますと、イスラエル軍がレバノン南部を空爆しました。",
            "ASSAULT",
            [({"ISR"}, {"LBN"})],
            id="によりますと names a source of the report, no party",
        ),
        pytest.param(
            "米中央軍は、シリアにある武装組織の拠点を空爆したと発表した。",
            "ASSAULT",
            [({"USA"}, {"SYR"})],
            id="the US Central Command is American",
        ),
        pytest.param(
            "ハマスは、イスラエル軍の空爆で戦闘員5人が死亡したとしています。",
            "ASSAULT",
            [({"ISR"}, {"PSE"})],
            id="an attack named with its owner is the owner's, not the topic's",
        ),
        pytest.param(
            "ヒズボラは、自軍がイスラエル北部の基地を攻撃したと発表した。",
            "ASSAULT",
            [({"LBN"}, {"ISR"})],
            id="its own forces are the topic's",
        ),
        pytest.param(
            "米英軍がイラク西部の拠点を空爆した。",
            "ASSAULT",
            [({"USA", "GBR"}, {"IRQ"})],
            id="forces named by two abbreviations are both countries'",
        ),
        pytest.param(
            "英駆逐艦がフーシ派の無人機を撃墜した。",
            "ASSAULT",
            [({"GBR"}, {"YEM"})],
            id="an aircraft named by its country's abbreviation is that country's",
        ),
        pytest.param(
            "米韓両軍が合同演習を実施した。",
            "COOPERATE",
            [({"USA", "KOR"}, {"USA", "KOR"})],
            id="both forces of two abbreviations hold a joint exercise",
        ),
    ],
)
def test_forces_and_sources_named_in_wire_copy(
    pipeline: Pipeline, text: str, type_: str, expected: list[tuple[set[str], set[str]]]
) -> None:
    assert sides(pipeline, text, type_) == expected


def test_a_report_that_goes_on_leaves_the_act_it_reports_done(pipeline: Pipeline) -> None:
    # …死亡したとしています: the ている is the report's
    text = "ハマスは、イスラエル軍の空爆で戦闘員5人が死亡したとしています。"
    assert [e.status for e in coded(pipeline, text) if e.type == "ASSAULT"] == ["asserted"]


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        pytest.param(
            "タイ軍幹部は12日に記者会見を開き、カンボジア軍が11日の停戦合意発効直後に発砲や無人機による領空侵入を行ったと非難した。",
            "ACCUSE",
            [({"THA"}, {"KHM"})],
            id="a subject hung on the verb of saying is the reported clause's",
        ),
        pytest.param(
            "アゼルバイジャン軍がアルメニアの村を砲撃した。アルメニア軍は報復攻撃に踏み切った。",
            "ASSAULT",
            [({"AZE"}, {"ARM"}), ({"ARM"}, {"AZE"})],
            id="retaliation is aimed at the other side of the last act",
        ),
        pytest.param(
            "アルメニア軍の拠点がアゼルバイジャン軍の攻撃を受けたとして、アルメニア軍は反撃作戦を行った。",
            "ASSAULT",
            [({"AZE"}, {"ARM"}), ({"ARM"}, {"AZE"})],
            id="a counter-attack named as an operation is an act",
        ),
        pytest.param(
            "タイがカンボジアに砲撃を行い、カンボジアが報復攻撃をするなど応酬となったが、両国は停戦に合意した。",
            "AGREE",
            [({"THA", "KHM"}, {"THA", "KHM"})],
            id="both countries are the two sides of the acts before in the sentence",
        ),
    ],
)
def test_fighting_answered_and_ended(
    pipeline: Pipeline, text: str, type_: str, expected: list[tuple[set[str], set[str]]]
) -> None:
    assert sides(pipeline, text, type_) == expected


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        pytest.param(
            "アルメニア軍はアゼルバイジャン軍部隊を砲撃した。",
            "ASSAULT",
            [({"ARM"}, {"AZE"})],
            id="a unit named after a country's forces is that country's",
        ),
        pytest.param(
            "アゼルバイジャンは、アルメニアが自国領内に砲撃を加えたと発表した。",
            "ASSAULT",
            [({"ARM"}, {"AZE"})],
            id="its own territory is the topic's",
        ),
        pytest.param(
            "アルメニアとアゼルバイジャンの国境で、両国軍が交戦した。",
            "ASSAULT",
            [({"ARM", "AZE"}, {"ARM", "AZE"})],
            id="both countries' forces are the two countries named before",
        ),
        pytest.param(
            "アルメニア・アゼルバイジャン国境地帯で、両国軍が衝突した。",
            "ASSAULT",
            [({"ARM", "AZE"}, {"ARM", "AZE"})],
            id="two countries side by side before a border are two, not one name",
        ),
        pytest.param(
            "米国は「我々はイランの核施設2か所に対し、攻撃を完了した」と発表した。",
            "ASSAULT",
            [({"USA"}, {"IRN"})],
            id="an attack completed is an attack",
        ),
        pytest.param(
            "ポーランド国防省などによりますと、ロシア軍の無人機が領空に侵入しました。",
            "ASSAULT",
            [({"RUS"}, {"POL"})],
            id="a source named with など is a source, and airspace no one owns is the source's",
        ),
        pytest.param(
            "ルーマニア国防省によると、ロシア軍の複数の無人機が領空に侵入した。",
            "ASSAULT",
            [({"RUS"}, {"ROU"})],
            id="a count between the owner and its drones is no owner",
        ),
        pytest.param(
            "ロシア軍の哨戒機が領空を侵犯した。",
            "ASSAULT",
            [({"RUS"}, {"JPN"})],
            id="airspace no one owns and no one reports on is the home country's",
        ),
        pytest.param(
            "イランはイスラエルにミサイル攻撃を行った。革命防衛隊は、今回の攻撃はヒズボラの司令官が殺害されたことへの報復だと主張した。",
            "ASSAULT",
            [({"IRN"}, {"ISR"})],
            id="the act a retaliation answers is not the retaliating side's",
        ),
    ],
)
def test_border_wars_strikes_and_incursions(
    pipeline: Pipeline, text: str, type_: str, expected: list[tuple[set[str], set[str]]]
) -> None:
    assert sides(pipeline, text, type_) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "韓国政府は駐日大使を召還した。", [({"KOR"}, {"JPN"})], id="from the country it served in"
        ),
        pytest.param(
            "翌日、日本政府は山田大使を一時帰国させた。", [({"JPN"}, set())], id="its own envoy is no target"
        ),
    ],
)
def test_an_envoy_recalled(pipeline: Pipeline, text: str, expected: list[tuple[set[str], set[str]]]) -> None:
    assert sides(pipeline, text, "SANCTION") == expected


def test_a_ceasefire_broken_is_no_ceasefire(pipeline: Pipeline) -> None:
    text = "タイ外務省は、カンボジア軍が停戦に違反したと非難した。"
    assert "RETREAT" not in event_types(pipeline, text)


def test_an_act_named_as_the_time_of_another_keeps_its_own_parties(pipeline: Pipeline) -> None:
    # 中国外務省は会談後、…: the talks told before, named as a time; the ministry is none of their parties
    text = (
        "米国のバイデン大統領と中国の習近平国家主席は15日、サンフランシスコで首脳会談を行った。"
        "中国外務省は会談後、声明を発表した。"
    )
    parties = sides(pipeline, text, "CONSULT")
    assert parties and all(p == ({"USA", "CHN"}, {"USA", "CHN"}) for p in parties)


def test_a_clause_after_a_report_is_not_the_speakers_to_tell(pipeline: Pipeline) -> None:
    # the second clause is told by the story, not by the one who speaks in the first
    text = "イランは報復だと主張した一方、イスラエル側も報復を示唆しており、危機が深まっている。"
    (ev,) = [e for e in coded(pipeline, text) if e.type == "THREATEN"]
    assert ev.attribution == ()
    assert [a.country for a in ev.source] == ["ISR"]


def test_an_agentless_passive_is_done_by_no_topic_of_another_clause(pipeline: Pipeline) -> None:
    # the commander was killed by someone unnamed; Russia only retaliates
    text = "ロシアは、支援するシリアの政府軍の司令官が殺害されたことへの報復として、ウクライナを攻撃した。"
    assert sides(pipeline, text, "ASSAULT") == [({"RUS"}, {"UKR"})]


def test_where_troops_are_sent_to_is_no_agent_and_the_reporter_sends_no_one(pipeline: Pipeline) -> None:
    # ロシアに派遣された: に after a verb of sending in the passive is where to; the intelligence
    # service that reports it sends no one
    text = "韓国の国防省は20日、ロシアに派遣された北朝鮮兵が戦闘に参加したと国会に報告した。"
    sent = [e for e in coded(pipeline, text) if e.type in ("AID", "MOBILIZE")]
    assert all("KOR" not in {r.country for r in e.source} for e in sent)
    assert all("RUS" not in {r.country for r in e.source} for e in sent)


def test_the_topic_before_a_complement_with_its_own_subject_is_the_thinkers(pipeline: Pipeline) -> None:
    # 国防省は…死傷者が出ているとみている: the ministry thinks; it causes no casualties
    text = "韓国国防省は前線で死傷者が出ているとみている。"
    assert all("KOR" not in src for src, _ in sides(pipeline, text, "ASSAULT"))


def test_a_te_form_chain_shares_its_subject_and_keeps_its_times(pipeline: Pipeline) -> None:
    # the minister visited and met; the president's visit is not dated by the meeting's day
    text = (
        "日本の外相が3日に中国を訪問し、4日に中国の首相と会談したことと関連し、"
        "韓国の大統領が中国を訪れる可能性があると予想した。"
    )
    events = coded(pipeline, text)
    met = [
        ({r.country for r in e.source}, {r.country for r in e.target})
        for e in events
        if e.trigger.startswith("会談")
    ]
    assert met == [({"JPN", "CHN"}, {"JPN", "CHN"})]
    visits = [e.date for e in events if {r.country for r in e.source} == {"KOR"}]
    assert visits == ["2024-06"]


def test_an_outlet_tells_of_deeds_and_does_none(pipeline: Pipeline) -> None:
    text = "韓国の中央日報は、追加の派兵は500人規模で、軍用機で送られたと報じた。"
    assert all("KOR" not in src for src, _ in sides(pipeline, text, "MOBILIZE"))


def test_forces_sent_with_no_sender_named_are_sent_by_their_own_state(pipeline: Pipeline) -> None:
    text = "韓国国防省は、ロシアに派遣された北朝鮮兵が前線で戦闘に参加したと明らかにした。"
    sent = [
        ({r.country for r in e.source}, {r.country for r in e.target})
        for e in coded(pipeline, text)
        if e.type in ("AID", "MOBILIZE")
    ]
    assert sent == [({"PRK"}, {"RUS"})]


def test_a_time_on_a_meeting_dates_the_agreement_it_leads_to(pipeline: Pipeline) -> None:
    # the meeting's day is the agreement's, however the parse links the clause closed by こと
    text = (
        "韓国を訪問している岸田首相が5日夜、尹錫悦大統領と首脳会談を行い、両国の関係を"
        "「未来志向で安定的に発展させる」ことなどで一致しました。"
    )
    assert [e.date for e in coded(pipeline, text) if e.type == "AGREE"] == ["2024-06-05"]


def test_where_someone_is_summoned_to_is_not_whom_the_protest_addresses(pipeline: Pipeline) -> None:
    # the object of 呼び names whom the protest addresses, named as an actor or not; 外務省に is where
    text = "外務省の岡野事務次官は、26日、施泳臨時代理大使を外務省に呼び、厳重に抗議した。"
    assert all("JPN" not in tgt for _, tgt in sides(pipeline, text, "ACCUSE"))


def test_forces_a_state_makes_act_are_neither_sent_against_nor_warned(pipeline: Pipeline) -> None:
    # 航空自衛隊の戦闘機を緊急発進させ: Japan's own fighters, sent up; the warning is not aimed at them
    text = "自衛隊は、航空自衛隊の戦闘機を緊急発進させ、警告するなどの対応にあたりました。"
    events = coded(pipeline, text)
    assert all("JPN" not in {r.country for r in e.target} for e in events)
    assert "MOBILIZE" in {e.type for e in events}


def test_a_place_a_passive_marks_with_ni_is_where_not_who(pipeline: Pipeline) -> None:
    # ハマスに拉致され、ガザ地区に拘束されていた: Hamas holds them, in Gaza; and frees them
    text = "ハマスに拉致され、ガザ地区に拘束されていたタイ人の人質5人が解放された。"
    events = [e for e in coded(pipeline, text) if e.type in ("COERCE", "RETREAT")]
    assert events
    assert all([r.id for r in e.source] == ["wiki:Hamas"] for e in events)


def test_a_person_written_with_no_before_an_arrest_is_the_one_arrested(pipeline: Pipeline) -> None:
    text = "韓国の警察は3日、尹錫悦大統領の身柄拘束を試みた。"
    (ev,) = [e for e in coded(pipeline, text) if e.type == "COERCE"]
    assert [r.id for r in ev.target] == ["wiki:Yoon_Suk_Yeol"]
    assert "wiki:Yoon_Suk_Yeol" not in {r.id for r in ev.source}


def test_a_place_in_the_title_of_who_speaks_is_no_attribution(pipeline: Pipeline) -> None:
    text = "外務省のアジア大洋州局長は、中国軍が台湾を攻撃したと述べた。"
    (ev,) = [e for e in coded(pipeline, text) if e.type == "ASSAULT"]
    assert "wiki:Asia" not in ev.attribution
    assert {r.country for r in ev.source} == {"CHN"}


def test_the_people_of_a_body_credit_the_body_alone(pipeline: Pipeline) -> None:
    text = "韓国国防省関係者によると、北朝鮮はロシアに弾薬を供与した。"
    events = [e for e in coded(pipeline, text) if e.type == "AID"]
    assert [list(e.attribution) for e in events] == [["wiki:Ministry_of_National_Defense_(South_Korea)"]]


def test_missiles_launched_from_a_country_are_its_own(pipeline: Pipeline) -> None:
    # the country they leave sends them where the passive names no one else; the ministry that
    # tells of it through its people is no target
    text = "防衛省関係者によりますと、25日午前7時ごろ、北朝鮮から弾道ミサイルが発射されたということです。"
    found = sides(pipeline, text, "MOBILIZE")
    assert found and all(side == ({"PRK"}, set()) for side in found)


def test_who_tells_of_missiles_launched_is_no_party(pipeline: Pipeline) -> None:
    # the topic of a report of a launch told in the passive tells of it; it neither launches nor is
    # launched at, wherever the parse hangs it
    text = "防衛省は25日、北朝鮮が弾道ミサイル2発を発射したと発表した。韓国軍は3発発射されたと発表した。"
    found = sides(pipeline, text, "MOBILIZE")
    assert found and all(side == ({"PRK"}, set()) for side in found)


@pytest.mark.parametrize(
    "text",
    [
        "ウクライナ外務省は10日、ロシア軍がキーウを攻撃したと発表した。そのうえで、「非人道的な行為だ」と強く非難した。",
        # a mediator of what the act violates is not whom the reaction is aimed at
        "ウクライナ外務省は10日、ロシア軍がキーウを攻撃したと発表した。そのうえで、トルコのエルドアン大統領らの"
        "仲介で結ばれた合意に違反する「非人道的な行為だ」と強く非難した。",
    ],
)
def test_who_told_of_an_act_reacts_to_it_in_the_next_sentence(pipeline: Pipeline, text: str) -> None:
    assert sides(pipeline, text, "ACCUSE") == [({"UKR"}, {"RUS"})]


def test_acts_listed_with_what_is_agreed_on_are_agreed_on(pipeline: Pipeline) -> None:
    text = "アルメニアとアゼルバイジャンは9日、戦闘停止と捕虜交換に合意した。"
    assert "RETREAT" not in event_types(pipeline, text)
    assert "AGREE" in event_types(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "国連総会は、ロシア軍の即時撤退を盛り込んだ決議を採択した。",
        "ハマスは9日、イスラエル軍のガザ撤収などを定めた合意に達したと発表した。",
    ],
)
def test_an_act_a_text_provides_for_is_not_done(pipeline: Pipeline, text: str) -> None:
    assert "RETREAT" not in event_types(pipeline, text)


def test_captives_are_freed_by_who_held_them(pipeline: Pipeline) -> None:
    text = "ハマスに拘束されていた人質3人が解放された。"
    events = [e for e in coded(pipeline, text) if e.type == "RETREAT"]
    assert [([r.id for r in e.source], e.status) for e in events] == [(["wiki:Hamas"], "asserted")]
    # told in the plain non-past of a passive, the release is still to come
    text = "イスラエル政府によると、ハマスに拘束された全人質が72時間以内に解放されるとしている。"
    events = [e for e in coded(pipeline, text) if e.type == "RETREAT"]
    assert [([r.id for r in e.source], e.status) for e in events] == [(["wiki:Hamas"], "planned")]


def test_an_interview_declined_rejects_no_one(pipeline: Pipeline) -> None:
    assert "REJECT" not in event_types(pipeline, "米国務省は取材に応じなかった。")


@pytest.mark.parametrize(
    "text",
    [
        "米国が提示した和平案では、ロシア軍がウクライナ南部から撤退する。",
        # the parse may hang では on the verb of proposing the act is coordinated into
        "また、米国が提示する和平計画では、ウクライナ東部の2州からウクライナ軍が撤退し、非武装地帯を作ることを"
        "提案しています。",
    ],
)
def test_what_a_plan_sets_out_is_still_to_come(pipeline: Pipeline, text: str) -> None:
    assert [e.status for e in coded(pipeline, text) if e.type == "RETREAT"] == ["planned"]


@pytest.mark.parametrize(
    "text",
    [
        "米国とロシアは停戦の合意に至らず、協議は物別れに終わった。",
        "イランと米国は核開発をめぐる合意ができず、交渉は決裂した。",
    ],
)
def test_an_agreement_not_reached_is_negated(pipeline: Pipeline, text: str) -> None:
    assert [e.status for e in coded(pipeline, text) if e.type == "AGREE"] == ["negated"]


def test_a_noun_closing_the_sentence_reports_an_act_done(pipeline: Pipeline) -> None:
    # 体言止め: the written news style of a report, not a plain non-past that plans
    text = "中国海警局の船が日本の領海に侵入。"
    assert [e.status for e in coded(pipeline, text) if e.type == "ASSAULT"] == ["asserted"]


def test_a_measure_on_imports_from_a_country_in_an_order_signed_is_on_that_country(
    pipeline: Pipeline,
) -> None:
    # 中国からの輸入品に対する関税: the imports' origin is whom the tariff falls on; the order signed is
    # a document, no party to an agreement
    text = "トランプ大統領は、中国からの輸入品に対する関税を引き上げる大統領令に署名した。"
    assert sides(pipeline, text, "SANCTION") == [({"USA"}, {"CHN"})]
    assert "AGREE" not in event_types(pipeline, text)


def test_an_act_to_be_ended_is_no_act(pipeline: Pipeline) -> None:
    text = "米国はロシアとウクライナの戦いに終止符を打つ和平案を示した。"
    assert "ASSAULT" not in event_types(pipeline, text)


def test_a_home_body_named_bare_in_a_report_filed_abroad_is_that_countrys(pipeline: Pipeline) -> None:
    abroad = (
        "【ワシントン=共同】米政府は1日、ベネズエラへの追加制裁を発表した。"
        "財務省は同日、ベネズエラの幹部6人を制裁対象に指定した。"
    )
    home = "【ワシントン=共同】日本の首相は1日、米大統領と会談した。財務省は同日、為替相場について説明した。"
    linked = {m.surface: m.entity_id for m in pipeline.run(Document(id="t", text=abroad)).mentions}
    assert linked["財務省"] == "wiki:United_States_Department_of_the_Treasury"
    # a report that has named something of the home country keeps the home body
    linked = {m.surface: m.entity_id for m in pipeline.run(Document(id="t", text=home)).mentions}
    assert linked["財務省"] == "wiki:Ministry_of_Finance_(Japan)"


def test_an_act_a_judgement_is_about_is_not_done_by_the_topic(pipeline: Pipeline) -> None:
    text = (
        "南アフリカ政府は、イスラエルによるガザへの攻撃をめぐりICJに訴えた。"
        "南ア政府はガザへの大規模攻撃がジェノサイド条約違反に当たるとしてICJに提訴。"
    )
    assert ({"ZAF"}, {"PSE"}) not in sides(pipeline, text, "ASSAULT")
    assert sides(pipeline, text, "ACCUSE") == [({"ZAF"}, {"ISR"})]


def test_the_national_army_is_of_the_country_the_story_happens_in(pipeline: Pipeline) -> None:
    # 国軍 names the army of the place, not one acting abroad
    text = "アフリカ・スーダンで国軍との内戦を続ける即応支援部隊は6日、米国などが提案した案に同意した。"
    assert sides(pipeline, text, "AGREE") == [({"SDN"}, {"SDN"})]


def test_a_body_named_bare_after_its_full_name_is_that_body(pipeline: Pipeline) -> None:
    # 中国商務省 … 商務省は: the short name told again, not a body of the nearest country
    text = (
        "中国商務省は5日、米国の輸出規制に反発した。"
        "商務省は声明で、米国の措置は「国際ルールに違反している」と非難した。"
    )
    doc = pipeline.run(Document(id="t", text=text, published="2025-02-03", published_how="metadata"))
    assert [m.entity_id for m in doc.mentions if m.surface == "商務省"] == [
        "wiki:Ministry_of_Commerce_(China)"
    ]


def test_a_dative_a_verb_of_telling_is_about_is_not_its_act(pipeline: Pipeline) -> None:
    # 通告 carries 制裁に踏み切る-like datives only with に; に対して says whom it answers
    text = "ロシア外務省は、日本政府の制裁措置に対して「討議することは不可能だ」と通告した。"
    assert ({"RUS"}, {"JPN"}) not in sides(pipeline, text, "SANCTION")


def test_a_government_named_bare_in_a_leaders_words_is_the_leaders_own(pipeline: Pipeline) -> None:
    text = "ケニアのルト大統領は会見で「政府は野党指導者を逮捕した」と述べた。"
    assert sides(pipeline, text, "COERCE") == [({"KEN"}, {"KEN"})]


@pytest.mark.parametrize(
    "text",
    [
        "イスラエルとパレスチナのイスラム組織ハマスがガザの停戦と人質の解放で合意した。",
        "ロシアとウクライナの早期停戦実現を含めた交渉は難航した。",
    ],
)
def test_an_act_agreed_on_or_taken_into_talks_is_not_done(pipeline: Pipeline, text: str) -> None:
    assert "RETREAT" not in event_types(pipeline, text)


def test_an_act_done_together_told_again_keeps_its_parties(pipeline: Pipeline) -> None:
    # the joint act was coded as cooperation: told again with no party named, it is the same parties',
    # not the side of the statement told between
    text = (
        "中国軍とロシア軍の爆撃機が9日、東シナ海で共同飛行したことについて、官房長官は両国に対し懸念を伝達した。"
        "両軍による共同飛行は去年11月以来、9回目だ。"
    )
    assert {(frozenset(s), frozenset(t)) for s, t in sides(pipeline, text, "COOPERATE")} == {
        (frozenset({"CHN", "RUS"}), frozenset({"CHN", "RUS"}))
    }
    assert ({"JPN"}, {"CHN", "RUS"}) not in sides(pipeline, text, "MOBILIZE")


@pytest.mark.parametrize(
    "text",
    [
        "パキスタンのカーン元首相は全国での抗議デモを呼びかけた。",
        "パキスタンのカーン元首相は、抗議デモへの参加を呼びかけた。",
        "ケニアの野党はゼネストを呼びかけた。",
    ],
)
def test_a_call_to_protest_with_no_one_named_is_made_to_the_callers_own_country(
    pipeline: Pipeline, text: str
) -> None:
    assert "PROTEST" not in event_types(pipeline, text)  # the protest asked for has not happened
    (source, target), *_ = sides(pipeline, text, "REQUEST")
    assert source == target and len(source) == 1


def test_a_reaction_closing_its_sentence_as_a_bare_noun_after_an_adverb_is_coded(pipeline: Pipeline) -> None:
    # 体言止め with an adverb between the object and the noun: これに強く反発。
    text = "中国は日本に制裁を科した。日本はこれに強く反発。"
    assert sides(pipeline, text, "ACCUSE") == [({"JPN"}, {"CHN"})]


def test_a_threat_stated_as_an_intention_is_made_and_its_verb_may_be_written_in_kana(
    pipeline: Pipeline,
) -> None:
    text = "中国は日本に制裁を科した。日本政府は「不当だ」と批判、対抗措置をとる考えを示した。"
    threats = [e for e in coded(pipeline, text) if e.type == "THREATEN"]
    assert [({r.country for r in e.source}, {r.country for r in e.target}) for e in threats] == [
        ({"JPN"}, {"CHN"})
    ]
    assert threats[0].status == "asserted"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("タイのデモ隊は、要求が受け入れられるまでデモを続けると強調した。", "CONCEDE"),
        ("ウクライナのゼレンスキー大統領は、ロシア軍が撤退するまで戦うと述べた。", "RETREAT"),
    ],
)
def test_an_act_awaited_until_another_acts_is_no_event(pipeline: Pipeline, text: str, absent: str) -> None:
    assert absent not in event_types(pipeline, text)


def test_where_a_relative_clause_puts_the_patient_names_no_agent_of_the_passive(pipeline: Pipeline) -> None:
    text = "シリアにあるイラン大使館の関連施設が空爆され、革命防衛隊の幹部ら7人が死亡した。"
    assert not any("SYR" in {r.country for r in e.source} for e in coded(pipeline, text))


def test_a_state_act_in_the_passive_with_no_one_named_is_done_again_to_whom_it_was_before(
    pipeline: Pipeline,
) -> None:
    text = (
        "中国当局に拘束された日本人男性の初公判が北京の裁判所で行われた。男性は商社の幹部を務めた。"
        "男性は帰国予定だった。昨年10月に正式に逮捕され、今年8月に中国の検察当局が起訴していた。"
    )
    assert sides(pipeline, text, "COERCE")[-1] == ({"CHN"}, {"JPN"})
    assert ({"CHN"}, {"JPN"}) in sides(pipeline, text, "ACCUSE")


def test_a_home_time_in_brackets_glosses_the_local_days_time(pipeline: Pipeline) -> None:
    text = "ワグネルのプリゴジン氏は24日夜(日本時間25日未明)、プーチン大統領と合意した。"
    doc = Document(id="t", text=text, published="2023-06-25", published_how="metadata")
    assert [e.date for e in pipeline.run(doc).events if e.type == "AGREE"] == ["2023-06-24"]


def test_a_reported_label_of_a_wrong_is_aimed_at_its_topics_owner(pipeline: Pipeline) -> None:
    text = "中国外務省は「日本の行為は挑発だ」と述べた。"
    assert sides(pipeline, text, "ACCUSE") == [({"CHN"}, {"JPN"})]
