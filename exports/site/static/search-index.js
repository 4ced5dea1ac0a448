window.KIZUNA_SEARCH = [
{
"kind": {
"ja": "基本目標",
"en": "basic goal"
},
"notation": "1",
"ja": "つながる地域づくり",
"en": "Building a connected community",
"path": "plans/isesaki/3/goal/1.html"
},
{
"kind": {
"ja": "施策",
"en": "policy"
},
"notation": "1-1",
"ja": "支え合い・助け合いの意識の醸成",
"en": "Fostering awareness of mutual support and mutual aid",
"path": "plans/isesaki/3/policy/1-1.html"
},
{
"kind": {
"ja": "取り組み（市・社協の取り組み）",
"en": "measure"
},
"notation": "1-1-1",
"ja": "地域福祉の広報啓発",
"en": "Publicity and awareness-raising for community welfare",
"path": "plans/isesaki/3/measure/community-welfare-publicity.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "1-1-1-city-1",
"ja": "多様な媒体やイベント等を活用した福祉情報の発信強化",
"en": "Stronger dissemination of welfare information through various media and events",
"path": "plans/isesaki/3/action/stronger-dissemination-welfare-information.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "1-1-1-city-2",
"ja": "地域福祉活動事例の紹介",
"en": "Introducing examples of community welfare activities",
"path": "plans/isesaki/3/action/community-welfare-activity-examples.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "1-1-1-council-1",
"ja": "社会福祉大会等、福祉啓発のためのイベントの開催",
"en": "Holding events for welfare awareness, such as the social welfare convention",
"path": "plans/isesaki/3/action/holding-events-welfare-awareness.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "1-1-1-council-2",
"ja": "広報紙発行・ホームページ随時更新・パンフレット作成",
"en": "Publishing the newsletter, updating the website as needed, producing pamphlets",
"path": "plans/isesaki/3/action/publishing-newsletter-updating-website.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "1-1-1-council-3",
"ja": "共同募金への協力推進",
"en": "Promoting cooperation with the Community Chest",
"path": "plans/isesaki/3/action/promoting-cooperation-community-chest.html"
},
{
"kind": {
"ja": "取り組み（市・社協の取り組み）",
"en": "measure"
},
"notation": "1-1-2",
"ja": "福祉教育の推進",
"en": "Promoting welfare education",
"path": "plans/isesaki/3/measure/promoting-welfare-education.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "1-1-2-city-1",
"ja": "福祉や人権に関する学習プログラムの充実",
"en": "Strengthening learning programmes on welfare and human rights",
"path": "plans/isesaki/3/action/enriching-learning-programmes-welfare.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "1-1-2-city-2",
"ja": "体験を重視した福祉教育への取り組み",
"en": "Welfare education that emphasises first-hand experience",
"path": "plans/isesaki/3/action/hands-on-welfare-education.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "1-1-2-council-1",
"ja": "小学校における車いすや高齢者擬似体験、ブラインドウォークの実施",
"en": "Carrying out wheelchair and old-age simulation experiences and blind walks at elementary schools",
"path": "plans/isesaki/3/action/wheelchair-and-ageing-simulation-at-schools.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "1-1-2-council-2",
"ja": "ボランティアスクール等の開催",
"en": "Holding volunteer schools and similar courses",
"path": "plans/isesaki/3/action/holding-volunteer-schools-similar.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "1-1-2-council-3",
"ja": "勉強会・懇談会の開催や福祉教育の推進",
"en": "Holding study meetings and round-table talks and promoting welfare education",
"path": "plans/isesaki/3/action/study-meetings-and-round-table-talks.html"
},
{
"kind": {
"ja": "取り組み（市・社協の取り組み）",
"en": "measure"
},
"notation": "1-1-3",
"ja": "人権教育・啓発の推進",
"en": "Promoting human rights education and awareness",
"path": "plans/isesaki/3/measure/promoting-human-rights-education.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "1-1-3-city-1",
"ja": "基本的人権に関わる講演会等の開催",
"en": "Holding lectures and similar events on basic human rights",
"path": "plans/isesaki/3/action/holding-lectures-similar-events.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "1-1-3-city-2",
"ja": "学習会・セミナー等の開催",
"en": "Holding study sessions and seminars",
"path": "plans/isesaki/3/action/holding-study-sessions-seminars.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "1-1-3-council-1",
"ja": "各種事業や講演会等を通じた人権への理解促進",
"en": "Promoting understanding of human rights through various programmes and lectures",
"path": "plans/isesaki/3/action/promoting-understanding-human-rights.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "1-1-3-council-2",
"ja": "思いやりの心の啓発",
"en": "Fostering consideration for others",
"path": "plans/isesaki/3/action/fostering-consideration.html"
},
{
"kind": {
"ja": "取り組み（市・社協の取り組み）",
"en": "measure"
},
"notation": "1-1-4",
"ja": "学習機会の充実",
"en": "Strengthening learning opportunities",
"path": "plans/isesaki/3/measure/enriching-learning-opportunities.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "1-1-4-council-1",
"ja": "講習や教室、サークル等を通じた手話の普及",
"en": "Spreading sign language through courses, classes and clubs",
"path": "plans/isesaki/3/action/spreading-sign-language-courses.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "1-1-4-council-2",
"ja": "社会体験活動の中学生や福祉・医療系学校の実習生の受け入れ",
"en": "Accepting junior high school students for work experience and trainees from welfare and medical schools",
"path": "plans/isesaki/3/action/accepting-junior-high-school.html"
},
{
"kind": {
"ja": "市民・地域の取り組み",
"en": "citizen action"
},
"notation": "1-1-citizen-1",
"ja": "地域のことや周りで暮らす人について関心を持とう",
"en": "Take an interest in your community and the people living around you.",
"path": "plans/isesaki/3/citizen-action/take-interest-community-people.html"
},
{
"kind": {
"ja": "市民・地域の取り組み",
"en": "citizen action"
},
"notation": "1-1-citizen-2",
"ja": "地域福祉を難しく考えず、それぞれができることで支え合い・助け合いに参加しよう",
"en": "Don't think of community welfare as difficult; join in mutual support and mutual aid with whatever each of us can do.",
"path": "plans/isesaki/3/citizen-action/join-mutual-support-as-you-can.html"
},
{
"kind": {
"ja": "施策",
"en": "policy"
},
"notation": "1-2",
"ja": "地域の交流促進",
"en": "Promoting exchange in the community",
"path": "plans/isesaki/3/policy/1-2.html"
},
{
"kind": {
"ja": "取り組み（市・社協の取り組み）",
"en": "measure"
},
"notation": "1-2-1",
"ja": "地域活動の活性化",
"en": "Revitalising community activities",
"path": "plans/isesaki/3/measure/revitalising-community-activities.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "1-2-1-city-1",
"ja": "地域における様々な交流活動への支援",
"en": "Support for various exchange activities in the community",
"path": "plans/isesaki/3/action/support-various-exchange-activities.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "1-2-1-city-2",
"ja": "地域活動に参加しやすい環境づくり",
"en": "Creating an environment that makes it easy to join community activities",
"path": "plans/isesaki/3/action/easy-to-join-community-activities.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "1-2-1-council-1",
"ja": "地域を良くする仕組みづくり",
"en": "Building systems that make the community better",
"path": "plans/isesaki/3/action/building-systems-make-community.html"
},
{
"kind": {
"ja": "取り組み（市・社協の取り組み）",
"en": "measure"
},
"notation": "1-2-2",
"ja": "交流機会の充実",
"en": "Strengthening opportunities for exchange",
"path": "plans/isesaki/3/measure/enriching-opportunities-exchange.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "1-2-2-city-1",
"ja": "町内会議所等の整備支援",
"en": "Support for developing neighbourhood meeting halls",
"path": "plans/isesaki/3/action/support-improving-neighbourhood-meeting.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "1-2-2-city-2",
"ja": "公共施設等の活用",
"en": "Making use of public facilities",
"path": "plans/isesaki/3/action/making-use-public-facilities.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "1-2-2-city-3",
"ja": "交流イベント等の開催",
"en": "Holding exchange events",
"path": "plans/isesaki/3/action/holding-exchange-events.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "1-2-2-council-1",
"ja": "地域住民の協力を得た世代間交流事業の実施",
"en": "Intergenerational exchange programmes run with the cooperation of local residents",
"path": "plans/isesaki/3/action/intergenerational-exchange-programmes-run.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "1-2-2-council-2",
"ja": "子育て中の親子の情報交換や仲間づくりの場の提供",
"en": "Providing places where parents raising children can exchange information and make friends",
"path": "plans/isesaki/3/action/places-where-parents-raising.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "1-2-2-council-3",
"ja": "障害のある人の情報交換や仲間づくりの場を提供するサロン等の開催",
"en": "Holding salons and similar gatherings that provide places where people with disabilities can exchange information and make friends",
"path": "plans/isesaki/3/action/salons-similar-gatherings-where.html"
},
{
"kind": {
"ja": "取り組み（市・社協の取り組み）",
"en": "measure"
},
"notation": "1-2-3",
"ja": "地域コミュニティの形成促進",
"en": "Promoting the formation of local communities",
"path": "plans/isesaki/3/measure/promoting-formation-local-communities.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "1-2-3-city-1",
"ja": "世代間交流の促進",
"en": "Promoting intergenerational exchange",
"path": "plans/isesaki/3/action/promoting-intergenerational-exchange.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "1-2-3-city-2",
"ja": "地域住民による地域福祉活動の促進",
"en": "Promoting community welfare activities by local residents",
"path": "plans/isesaki/3/action/residents-community-welfare-activities.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "1-2-3-council-1",
"ja": "区長会や老人クラブと連携した世代間交流事業の推進",
"en": "Promoting intergenerational exchange programmes in cooperation with the association of neighbourhood district heads and senior citizens' clubs",
"path": "plans/isesaki/3/action/intergenerational-exchange-programmes-ward.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "1-2-3-council-2",
"ja": "公民館や会議所等を拠点とした地域福祉活動や居場所づくり",
"en": "Community welfare activities and the creation of places to belong, based at community centres and meeting halls",
"path": "plans/isesaki/3/action/community-welfare-activities-places-to-belong.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "1-2-3-council-3",
"ja": "地域コミュニティの形成促進",
"en": "Promoting the formation of local communities",
"path": "plans/isesaki/3/action/promoting-formation-local-communities.html"
},
{
"kind": {
"ja": "市民・地域の取り組み",
"en": "citizen action"
},
"notation": "1-2-citizen-1",
"ja": "興味や関心のある地域のイベントや活動に参加してみよう",
"en": "Try joining local events and activities that interest you.",
"path": "plans/isesaki/3/citizen-action/try-joining-local-events.html"
},
{
"kind": {
"ja": "市民・地域の取り組み",
"en": "citizen action"
},
"notation": "1-2-citizen-2",
"ja": "周りの人に声をかけて、地域イベントに参加してみよう",
"en": "Invite the people around you and try joining local events together.",
"path": "plans/isesaki/3/citizen-action/invite-neighbours-to-local-events.html"
},
{
"kind": {
"ja": "市民・地域の取り組み",
"en": "citizen action"
},
"notation": "1-2-citizen-3",
"ja": "参加者としてだけではなく、興味がある内容には運営や企画として関わってみよう",
"en": "Not only as a participant; where something interests you, try taking part in running or planning it.",
"path": "plans/isesaki/3/citizen-action/help-run-or-plan-events.html"
},
{
"kind": {
"ja": "基本目標",
"en": "basic goal"
},
"notation": "2",
"ja": "支え合いで安心の地域づくり",
"en": "Building a secure community through mutual support",
"path": "plans/isesaki/3/goal/2.html"
},
{
"kind": {
"ja": "施策",
"en": "policy"
},
"notation": "2-1",
"ja": "地域福祉活動の活性化",
"en": "Revitalising community welfare activities",
"path": "plans/isesaki/3/policy/2-1.html"
},
{
"kind": {
"ja": "取り組み（市・社協の取り組み）",
"en": "measure"
},
"notation": "2-1-1",
"ja": "ボランティア活動の促進",
"en": "Promoting volunteer activities",
"path": "plans/isesaki/3/measure/promoting-volunteer-activities.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-1-1-city-1",
"ja": "ボランティア関連情報の収集・発信・提供",
"en": "Collecting, disseminating and providing volunteer-related information",
"path": "plans/isesaki/3/action/collecting-disseminating-providing-volunteer.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-1-1-city-2",
"ja": "ボランティアセンター事業の支援",
"en": "Supporting the volunteer centre's programmes",
"path": "plans/isesaki/3/action/supporting-volunteer-centres-programmes.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-1-1-council-1",
"ja": "ボランティアに関する情報の発信及び各種ボランティア講座の実施",
"en": "Disseminating information on volunteering and running volunteer courses",
"path": "plans/isesaki/3/action/disseminating-information-volunteering-running.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-1-1-council-2",
"ja": "ボランティアセンターの機能充実とボランティアのコーディネート",
"en": "Strengthening the volunteer centre and coordinating volunteers",
"path": "plans/isesaki/3/action/strengthening-volunteer-centre-coordinating.html"
},
{
"kind": {
"ja": "取り組み（市・社協の取り組み）",
"en": "measure"
},
"notation": "2-1-2",
"ja": "地域福祉活動団体の支援",
"en": "Supporting community welfare activity groups",
"path": "plans/isesaki/3/measure/supporting-community-welfare-groups.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-1-2-city-1",
"ja": "地域活動団体の運営安定化の支援",
"en": "Helping community groups run on a stable footing",
"path": "plans/isesaki/3/action/helping-community-groups-run.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-1-2-city-2",
"ja": "民生委員児童委員連絡協議会との連携強化",
"en": "Closer cooperation with the liaison council of welfare commissioners and child commissioners",
"path": "plans/isesaki/3/action/closer-cooperation-liaison-council.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-1-2-city-3",
"ja": "民生委員・児童委員活動の負担軽減のための研究",
"en": "Study of ways to lighten the load of welfare commissioners and child commissioners",
"path": "plans/isesaki/3/action/study-ways-lighten-load.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-1-2-council-1",
"ja": "福祉団体へ活動費の助成及び活動支援",
"en": "Grants for activity costs and activity support for welfare groups",
"path": "plans/isesaki/3/action/grants-activity-costs-activity.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-1-2-council-2",
"ja": "ボランティア・市民活動団体の情報交換会の開催",
"en": "Holding information exchange meetings for volunteer and citizen activity groups",
"path": "plans/isesaki/3/action/information-exchange-meetings-volunteer.html"
},
{
"kind": {
"ja": "取り組み（市・社協の取り組み）",
"en": "measure"
},
"notation": "2-1-3",
"ja": "リーダーや担い手の育成・支援",
"en": "Developing and supporting leaders and helpers",
"path": "plans/isesaki/3/measure/developing-supporting-leaders-helpers.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-1-3-city-1",
"ja": "講習会や研修会等の実施",
"en": "Running courses and training sessions",
"path": "plans/isesaki/3/action/running-courses-training-sessions.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-1-3-city-2",
"ja": "ボランティアの養成やスキルアップ",
"en": "Training volunteers and improving their skills",
"path": "plans/isesaki/3/action/training-volunteers-improving-skills.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-1-3-council-1",
"ja": "コミュニティソーシャルワーカー（CSW）の育成",
"en": "Developing community social workers (CSW)",
"path": "plans/isesaki/3/action/developing-community-social-workers.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-1-3-council-2",
"ja": "市内大学や高校との連携によるボランティア活動の促進",
"en": "Promoting volunteering in cooperation with universities and high schools in the city",
"path": "plans/isesaki/3/action/promoting-volunteering-cooperation-universities.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-1-3-council-3",
"ja": "シニアボランティア講座等の開催",
"en": "Holding senior volunteer courses",
"path": "plans/isesaki/3/action/holding-senior-volunteer-courses.html"
},
{
"kind": {
"ja": "市民・地域の取り組み",
"en": "citizen action"
},
"notation": "2-1-citizen-1",
"ja": "知識や趣味、特技を生かす等、「楽しみ」も兼ねた活躍の場を地域でつくろう",
"en": "Create places in the community to be active that are also \"fun\", making use of your knowledge, hobbies and skills.",
"path": "plans/isesaki/3/citizen-action/create-places-community-active.html"
},
{
"kind": {
"ja": "市民・地域の取り組み",
"en": "citizen action"
},
"notation": "2-1-citizen-2",
"ja": "周りの人に声をかけて、ボランティアや地域活動に参加してみよう",
"en": "Invite the people around you and try volunteering or community activities.",
"path": "plans/isesaki/3/citizen-action/invite-neighbours-to-volunteer.html"
},
{
"kind": {
"ja": "施策",
"en": "policy"
},
"notation": "2-2",
"ja": "生活サポート体制の充実",
"en": "Strengthening everyday-life support systems",
"path": "plans/isesaki/3/policy/2-2.html"
},
{
"kind": {
"ja": "取り組み（市・社協の取り組み）",
"en": "measure"
},
"notation": "2-2-1",
"ja": "生活支援の充実",
"en": "Strengthening everyday-life support services",
"path": "plans/isesaki/3/measure/strengthening-everyday-life-support.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-2-1-city-1",
"ja": "外出や移動がしやすい環境づくり",
"en": "An environment that makes going out and getting around easy",
"path": "plans/isesaki/3/action/environment-makes-going-out.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-2-1-city-2",
"ja": "関係機関との連携による生活課題の解決",
"en": "Solving everyday-life problems in cooperation with the relevant agencies",
"path": "plans/isesaki/3/action/solving-everyday-life-problems.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-2-1-city-3",
"ja": "情報入手や円滑なコミュニケーションを図る環境づくり",
"en": "Creating an environment for obtaining information and communicating smoothly",
"path": "plans/isesaki/3/action/environment-obtaining-information-communicating.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-2-1-council-1",
"ja": "介護予防講座や筋力トレーニング講習会等の開催",
"en": "Holding long-term care prevention courses and muscle-training classes",
"path": "plans/isesaki/3/action/holding-long-term-care.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-2-1-council-2",
"ja": "福祉有償運送サービスの実施",
"en": "Running the paid welfare transport service",
"path": "plans/isesaki/3/action/running-paid-welfare-transport.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-2-1-council-3",
"ja": "在宅生活を維持する生活支援の提供",
"en": "Providing everyday-life support that helps people keep living at home",
"path": "plans/isesaki/3/action/everyday-life-support-helps.html"
},
{
"kind": {
"ja": "取り組み（市・社協の取り組み）",
"en": "measure"
},
"notation": "2-2-2",
"ja": "地域支え合い活動の推進",
"en": "Promoting community mutual support activities",
"path": "plans/isesaki/3/measure/promoting-community-mutual-support.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-2-2-city-1",
"ja": "地域の支え合い体制づくりの推進",
"en": "Promoting the building of systems of mutual support in the community",
"path": "plans/isesaki/3/action/promoting-systems-mutual-support.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-2-2-council-1",
"ja": "地域住民との地域支え合い活動の体制づくり",
"en": "Building a system of community mutual support activities together with local residents",
"path": "plans/isesaki/3/action/building-community-mutual-support.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-2-2-council-2",
"ja": "買い物やごみ出し等の日常生活をサポートする仕組みづくり",
"en": "Building systems that support daily life, such as shopping and taking out the rubbish",
"path": "plans/isesaki/3/action/systems-support-daily-life.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-2-2-council-3",
"ja": "地域支え合い車両貸出事業の実施",
"en": "Running a vehicle-lending programme for community mutual support activities",
"path": "plans/isesaki/3/action/lending-vehicles-community-mutual.html"
},
{
"kind": {
"ja": "市民・地域の取り組み",
"en": "citizen action"
},
"notation": "2-2-citizen-1",
"ja": "困っている人がどんな手助けを求めていて自分にはどんなことができるか、考えてみよう",
"en": "Think about what help people in difficulty want and what you can do.",
"path": "plans/isesaki/3/citizen-action/think-what-help-people.html"
},
{
"kind": {
"ja": "市民・地域の取り組み",
"en": "citizen action"
},
"notation": "2-2-citizen-2",
"ja": "支援ができる人は、どこにいて、何ができるのかが分かる地域のお助けマップをつくろう",
"en": "Make a community help map that shows who can help, where they are and what they can do.",
"path": "plans/isesaki/3/citizen-action/make-community-help-map.html"
},
{
"kind": {
"ja": "市民・地域の取り組み",
"en": "citizen action"
},
"notation": "2-2-citizen-3",
"ja": "まずは地域で解決ができるよう、地域の中でお助け隊等を組織しよう",
"en": "Organise help teams in the community so that problems can first be solved locally.",
"path": "plans/isesaki/3/citizen-action/organise-help-teams-community.html"
},
{
"kind": {
"ja": "施策",
"en": "policy"
},
"notation": "2-3",
"ja": "見守り及び支援体制の構築",
"en": "Building watching-over and support systems",
"path": "plans/isesaki/3/policy/2-3.html"
},
{
"kind": {
"ja": "取り組み（市・社協の取り組み）",
"en": "measure"
},
"notation": "2-3-1",
"ja": "見守り活動の充実",
"en": "Strengthening watching-over activities",
"path": "plans/isesaki/3/measure/strengthening-watching-over-activities.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-3-1-city-1",
"ja": "高齢者や障害者等への見守り",
"en": "Watching over older people and people with disabilities",
"path": "plans/isesaki/3/action/watching-over-older-people.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-3-1-city-2",
"ja": "関係機関や事業者等との連携による見守り体制の構築",
"en": "Building a watching-over system in cooperation with relevant agencies and businesses",
"path": "plans/isesaki/3/action/watching-over-system-cooperation.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-3-1-council-1",
"ja": "ひとり暮らし高齢者等への見守りも兼ねた友愛訪問",
"en": "Friendship visits to older people living alone that also serve to watch over them",
"path": "plans/isesaki/3/action/friendship-visits-older-people.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-3-1-council-2",
"ja": "ボランティアによる手作り弁当の配食と安否確認の実施",
"en": "Carrying out home-made meal deliveries by volunteers with a check on recipients' wellbeing",
"path": "plans/isesaki/3/action/home-made-meal-deliveries.html"
},
{
"kind": {
"ja": "取り組み（市・社協の取り組み）",
"en": "measure"
},
"notation": "2-3-2",
"ja": "社会資源のネットワーク構築",
"en": "Building a network of social resources",
"path": "plans/isesaki/3/measure/building-network-social-resources.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-3-2-city-1",
"ja": "福祉関連情報を共有できる仕組みづくり",
"en": "Building systems for sharing welfare-related information",
"path": "plans/isesaki/3/action/systems-sharing-welfare-related.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-3-2-city-2",
"ja": "保健・医療・福祉の連携による地域包括ケアシステムの構築",
"en": "Building the community-based integrated care system through cooperation of health, medical care and welfare",
"path": "plans/isesaki/3/action/building-community-based-integrated.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-3-2-council-1",
"ja": "各法人との連携による情報交換と共有の実施",
"en": "Carrying out information exchange and sharing in cooperation with corporations",
"path": "plans/isesaki/3/action/exchanging-sharing-information-cooperation.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-3-2-council-2",
"ja": "多種多様な関係者とのネットワークの構築",
"en": "Building a network with a wide variety of stakeholders",
"path": "plans/isesaki/3/action/building-network-wide-variety.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "2-3-2-council-3",
"ja": "地域住民や地域の多様な主体による地域福祉ネットワークの構築",
"en": "Building a community welfare network of residents and diverse local actors",
"path": "plans/isesaki/3/action/building-community-welfare-network.html"
},
{
"kind": {
"ja": "市民・地域の取り組み",
"en": "citizen action"
},
"notation": "2-3-citizen-1",
"ja": "いざという時に支援ができるよう、困っている人がどこにいるのかを知ろう",
"en": "Know where people in difficulty are, so that you can help in an emergency.",
"path": "plans/isesaki/3/citizen-action/know-where-people-difficulty.html"
},
{
"kind": {
"ja": "市民・地域の取り組み",
"en": "citizen action"
},
"notation": "2-3-citizen-2",
"ja": "合意のもとで、上手に地域で情報共有し、見守り活動を行おう",
"en": "With consent, share information wisely in the community and watch over one another.",
"path": "plans/isesaki/3/citizen-action/consent-share-information-wisely.html"
},
{
"kind": {
"ja": "市民・地域の取り組み",
"en": "citizen action"
},
"notation": "2-3-citizen-3",
"ja": "地域ぐるみで支援が必要な人たちを見守り、育んでいこう",
"en": "As a whole community, watch over and nurture the people who need support.",
"path": "plans/isesaki/3/citizen-action/whole-community-watch-over.html"
},
{
"kind": {
"ja": "基本目標",
"en": "basic goal"
},
"notation": "3",
"ja": "暮らしを守る地域づくり",
"en": "Building a community that protects daily life",
"path": "plans/isesaki/3/goal/3.html"
},
{
"kind": {
"ja": "施策",
"en": "policy"
},
"notation": "3-1",
"ja": "情報提供及び相談支援体制の充実",
"en": "Strengthening information provision and consultation support systems",
"path": "plans/isesaki/3/policy/3-1.html"
},
{
"kind": {
"ja": "取り組み（市・社協の取り組み）",
"en": "measure"
},
"notation": "3-1-1",
"ja": "情報提供の充実",
"en": "Strengthening the provision of information",
"path": "plans/isesaki/3/measure/better-provision-information.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "3-1-1-city-1",
"ja": "多様な福祉サービス関連情報の提供",
"en": "Providing information on a wide range of welfare services",
"path": "plans/isesaki/3/action/providing-information-wide-range.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "3-1-1-city-2",
"ja": "専門機関との連携等による専門性の高い情報提供や相談体制の整備",
"en": "Developing highly specialised information provision and consultation systems in cooperation with specialist bodies",
"path": "plans/isesaki/3/action/highly-specialised-information-consultation.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "3-1-1-council-1",
"ja": "広報紙、ホームページ、メール配信等による福祉サービス情報の提供",
"en": "Providing welfare service information through the newsletter, website, e-mail and other channels",
"path": "plans/isesaki/3/action/welfare-service-information-newsletter.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "3-1-1-council-2",
"ja": "手話通訳者や、朗読ボランティアとの協力による情報提供の充実",
"en": "Strengthening information provision in cooperation with sign language interpreters and reading volunteers",
"path": "plans/isesaki/3/action/better-information-provision-cooperation.html"
},
{
"kind": {
"ja": "取り組み（市・社協の取り組み）",
"en": "measure"
},
"notation": "3-1-2",
"ja": "生活困窮者等への支援",
"en": "Support for people in financial hardship",
"path": "plans/isesaki/3/measure/support-people-financial-hardship.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "3-1-2-city-1",
"ja": "自立した生活を確保するための支援",
"en": "Support for securing an independent life",
"path": "plans/isesaki/3/action/support-securing-independent-life.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "3-1-2-city-2",
"ja": "サポート体制の整備",
"en": "Developing support systems",
"path": "plans/isesaki/3/action/developing-support-systems.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "3-1-2-council-1",
"ja": "各種生活福祉資金等の貸付と相談支援",
"en": "Loans such as livelihood welfare funds with consultation support",
"path": "plans/isesaki/3/action/loans-livelihood-welfare-funds.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "3-1-2-council-2",
"ja": "自立相談支援と就労促進のための支援の実施",
"en": "Carrying out consultation for self-reliance and support for finding work",
"path": "plans/isesaki/3/action/consultation-self-reliance-support.html"
},
{
"kind": {
"ja": "取り組み（市・社協の取り組み）",
"en": "measure"
},
"notation": "3-1-3",
"ja": "身近な相談支援体制の充実",
"en": "Strengthening accessible consultation support systems",
"path": "plans/isesaki/3/measure/strengthening-accessible-consultation-support.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "3-1-3-council-1",
"ja": "各種相談体制の充実",
"en": "Strengthening consultation systems of all kinds",
"path": "plans/isesaki/3/action/strengthening-consultation-services-kinds.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "3-1-3-council-2",
"ja": "なんでも福祉相談員の配置と支援",
"en": "Placing and supporting general welfare consultants",
"path": "plans/isesaki/3/action/placing-supporting-general-welfare.html"
},
{
"kind": {
"ja": "市民・地域の取り組み",
"en": "citizen action"
},
"notation": "3-1-citizen-1",
"ja": "一人で悩まず、気軽に、信頼できる地域の人や市の窓口に相談しよう",
"en": "Don't worry alone; feel free to consult trusted people in the community or the City's counters.",
"path": "plans/isesaki/3/citizen-action/dont-worry-alone-feel.html"
},
{
"kind": {
"ja": "市民・地域の取り組み",
"en": "citizen action"
},
"notation": "3-1-citizen-2",
"ja": "どこで、誰に相談したらよいか、地域の中で情報共有をしよう",
"en": "Share information in the community about where and whom to consult.",
"path": "plans/isesaki/3/citizen-action/share-information-community-where.html"
},
{
"kind": {
"ja": "施策",
"en": "policy"
},
"notation": "3-2",
"ja": "福祉サービスの充実",
"en": "Strengthening welfare services",
"path": "plans/isesaki/3/policy/3-2.html"
},
{
"kind": {
"ja": "取り組み（市・社協の取り組み）",
"en": "measure"
},
"notation": "3-2-1",
"ja": "権利擁護体制の充実",
"en": "Strengthening the system for advocacy of rights",
"path": "plans/isesaki/3/measure/strengthening-advocacy-rights.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "3-2-1-city-1",
"ja": "成年後見制度の充実と利用促進",
"en": "Strengthening and promoting the use of the adult guardianship system",
"path": "plans/isesaki/3/action/strengthening-promoting-use-adult.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "3-2-1-city-2",
"ja": "虐待や困難事例に適切な対応",
"en": "Appropriate responses to abuse and difficult cases",
"path": "plans/isesaki/3/action/appropriate-responses-abuse-difficult.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "3-2-1-council-1",
"ja": "日常生活自立支援事業による支援",
"en": "Support through the daily-life independence support programme",
"path": "plans/isesaki/3/action/support-daily-life-independence.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "3-2-1-council-2",
"ja": "成年後見制度の利用支援",
"en": "Helping people use the adult guardianship system",
"path": "plans/isesaki/3/action/helping-people-use-adult.html"
},
{
"kind": {
"ja": "取り組み（市・社協の取り組み）",
"en": "measure"
},
"notation": "3-2-2",
"ja": "サービスの質の向上",
"en": "Improving the quality of services",
"path": "plans/isesaki/3/measure/improving-quality-services.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "3-2-2-city-1",
"ja": "福祉サービスの充実",
"en": "Strengthening welfare services",
"path": "plans/isesaki/3/action/strengthening-welfare-services.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "3-2-2-city-2",
"ja": "事業者への指導や評価体制の充実",
"en": "Strengthening guidance for businesses and systems for evaluating them",
"path": "plans/isesaki/3/action/better-guidance-evaluation-service.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "3-2-2-council-1",
"ja": "介護保険サービスと障害福祉サービスの充実",
"en": "Strengthening long-term care insurance services and disability welfare services",
"path": "plans/isesaki/3/action/strengthening-long-term-care.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "3-2-2-council-2",
"ja": "苦情解決に係る第三者委員及び情報公開第三者委員の設置",
"en": "Appointing third-party members for complaint resolution and for information disclosure",
"path": "plans/isesaki/3/action/appointing-third-party-members.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "3-2-2-council-3",
"ja": "専門性の高い職員の育成",
"en": "Developing highly specialised staff",
"path": "plans/isesaki/3/action/developing-highly-specialised-staff.html"
},
{
"kind": {
"ja": "市民・地域の取り組み",
"en": "citizen action"
},
"notation": "3-2-citizen-1",
"ja": "市内で受けられるサービスや制度について知ろう",
"en": "Learn about the services and schemes available in the city.",
"path": "plans/isesaki/3/citizen-action/learn-services-schemes-available.html"
},
{
"kind": {
"ja": "市民・地域の取り組み",
"en": "citizen action"
},
"notation": "3-2-citizen-2",
"ja": "自分や家族を守るために、権利擁護等に関する制度を利用しよう",
"en": "Use schemes for the advocacy of rights to protect yourself and your family.",
"path": "plans/isesaki/3/citizen-action/use-schemes-advocacy-rights.html"
},
{
"kind": {
"ja": "施策",
"en": "policy"
},
"notation": "3-3",
"ja": "防犯・災害時等支援体制の整備",
"en": "Developing crime prevention and disaster support systems",
"path": "plans/isesaki/3/policy/3-3.html"
},
{
"kind": {
"ja": "取り組み（市・社協の取り組み）",
"en": "measure"
},
"notation": "3-3-1",
"ja": "災害時等支援体制の整備",
"en": "Developing support systems for disasters",
"path": "plans/isesaki/3/measure/developing-support-systems-disasters.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "3-3-1-city-1",
"ja": "情報伝達手段の確保や事業者との連携",
"en": "Securing means of communication and cooperating with businesses",
"path": "plans/isesaki/3/action/securing-means-communication-cooperating.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "3-3-1-city-2",
"ja": "自主防災組織との連携による防災訓練への参加促進",
"en": "Encouraging participation in disaster drills in cooperation with voluntary disaster prevention organisations",
"path": "plans/isesaki/3/action/encouraging-participation-disaster-drills.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "3-3-1-council-1",
"ja": "災害時における地域住民との支援体制の整備",
"en": "Developing a disaster support system with local residents",
"path": "plans/isesaki/3/action/developing-disaster-support-system.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "3-3-1-council-2",
"ja": "防災意識向上に関する各種講座の実施",
"en": "Running courses that raise disaster preparedness awareness",
"path": "plans/isesaki/3/action/courses-raise-disaster-preparedness.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "3-3-1-council-3",
"ja": "被災地への職員派遣の支援",
"en": "Supporting the dispatch of staff to disaster-stricken areas",
"path": "plans/isesaki/3/action/supporting-dispatch-staff-disaster.html"
},
{
"kind": {
"ja": "取り組み（市・社協の取り組み）",
"en": "measure"
},
"notation": "3-3-2",
"ja": "防犯体制の充実",
"en": "Strengthening crime prevention systems",
"path": "plans/isesaki/3/measure/strengthening-crime-prevention.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "3-3-2-city-1",
"ja": "関係機関や事業者等と連携した高齢者や障害者等への見守り",
"en": "Watching over older people and people with disabilities in cooperation with relevant agencies and businesses",
"path": "plans/isesaki/3/action/watching-over-with-agencies-businesses.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "3-3-2-council-1",
"ja": "社会を明るくする運動への協力や、保護活動の支援",
"en": "Cooperating with the \"Brighter Society Movement\" and supporting offender rehabilitation activities",
"path": "plans/isesaki/3/action/cooperating-brighter-society-movement.html"
},
{
"kind": {
"ja": "番号付きの取り組み",
"en": "numbered action"
},
"notation": "3-3-2-council-2",
"ja": "あいさつ運動やきれいなまちづくりの推進",
"en": "Promoting greeting campaigns and the building of a clean town",
"path": "plans/isesaki/3/action/promoting-greeting-campaigns-clean.html"
},
{
"kind": {
"ja": "市民・地域の取り組み",
"en": "citizen action"
},
"notation": "3-3-citizen-1",
"ja": "災害や犯罪等から、自分を守るための知識を身につけよう",
"en": "Learn how to protect yourself from disasters and crime.",
"path": "plans/isesaki/3/citizen-action/learn-how-protect-yourself.html"
},
{
"kind": {
"ja": "市民・地域の取り組み",
"en": "citizen action"
},
"notation": "3-3-citizen-2",
"ja": "防犯パトロール等、町内を定期的に巡回しよう",
"en": "Patrol the neighbourhood regularly, for example on crime-prevention patrols.",
"path": "plans/isesaki/3/citizen-action/patrol-neighbourhood-regularly-example.html"
},
{
"kind": {
"ja": "市民・地域の取り組み",
"en": "citizen action"
},
"notation": "3-3-citizen-3",
"ja": "地域で実施している防災訓練に参加しよう",
"en": "Take part in the disaster drills held in your community.",
"path": "plans/isesaki/3/citizen-action/take-part-disaster-drills.html"
},
{
"kind": {
"ja": "市民・地域の取り組み",
"en": "citizen action"
},
"notation": "3-3-citizen-4",
"ja": "災害時等に支援を必要とする人は、事前に避難行動要支援者名簿等に登録をしよう",
"en": "If you will need help in a disaster, register in advance, for example in the register of people needing evacuation support.",
"path": "plans/isesaki/3/citizen-action/register-for-evacuation-support.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "成年後見制度",
"en": "adult guardianship system",
"path": "concept/glossary/adult-guardianship.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "権利擁護",
"en": "advocacy of rights",
"path": "concept/glossary/advocacy-of-rights.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "構築",
"en": "building",
"path": "concept/glossary/building.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "事業者",
"en": "businesses",
"path": "concept/glossary/businesses.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "実施",
"en": "carrying out",
"path": "concept/glossary/carrying-out.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "共助",
"en": "community help",
"path": "concept/glossary/community-help.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "地域福祉",
"en": "community welfare",
"path": "concept/glossary/community-welfare.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "地域福祉活動計画",
"en": "Community Welfare Activity Plan",
"path": "concept/glossary/community-welfare-activity-plan.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "地域福祉計画",
"en": "Community Welfare Plan",
"path": "concept/glossary/community-welfare-plan.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "社会福祉協議会",
"en": "Council of Social Welfare",
"path": "concept/glossary/council-of-social-welfare.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "整備",
"en": "developing",
"path": "concept/glossary/developing.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "団体",
"en": "groups",
"path": "concept/glossary/groups.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "開催",
"en": "holding",
"path": "concept/glossary/holding.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "いせさき絆づくりプラン",
"en": "Isesaki Kizuna Plan",
"path": "concept/glossary/kizuna-plan.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "助け合い",
"en": "mutual aid",
"path": "concept/glossary/mutual-aid.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "互助",
"en": "mutual help",
"path": "concept/glossary/mutual-help.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "支え合い",
"en": "mutual support",
"path": "concept/glossary/mutual-support.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "区長会",
"en": "association of neighbourhood district heads",
"path": "concept/glossary/neighbourhood-district-heads.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "推進",
"en": "promoting",
"path": "concept/glossary/promoting.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "提供",
"en": "providing",
"path": "concept/glossary/providing.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "公助",
"en": "public help",
"path": "concept/glossary/public-help.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "関係機関",
"en": "relevant agencies",
"path": "concept/glossary/relevant-agencies.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "自助",
"en": "self-help",
"path": "concept/glossary/self-help.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "専門機関",
"en": "specialist bodies",
"path": "concept/glossary/specialist-bodies.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "充実",
"en": "strengthening",
"path": "concept/glossary/strengthening.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "体制",
"en": "system",
"path": "concept/glossary/system.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "行政",
"en": "the administration",
"path": "concept/glossary/the-administration.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "ボランティア",
"en": "volunteer",
"path": "concept/glossary/volunteer.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "見守り",
"en": "watching over",
"path": "concept/glossary/watching-over.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "民生委員",
"en": "welfare commissioners",
"path": "concept/glossary/welfare-commissioners.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "づくり",
"en": "building",
"path": "concept/glossary/zukuri.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "照合語による分類（互助）",
"en": "classification by matching words (gojo)",
"path": "concept/help-type-rule/gojo.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "手作業の判断",
"en": "hand decision",
"path": "concept/help-type-rule/hand.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "照合語による分類（自助）",
"en": "classification by matching words (jijo)",
"path": "concept/help-type-rule/jijo.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "照合語による分類（公助）",
"en": "classification by matching words (kojo)",
"path": "concept/help-type-rule/kojo.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "照合語による分類（共助）",
"en": "classification by matching words (kyojo)",
"path": "concept/help-type-rule/kyojo.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "",
"ja": "地域福祉",
"en": "community welfare",
"path": "plans/isesaki/3/concept/regional-welfare.html"
},
{
"kind": {
"ja": "主体の役割",
"en": "actor role"
},
"notation": "",
"ja": "地域福祉推進の主役",
"en": "the leading actors in promoting community welfare",
"path": "plans/isesaki/3/role/citizens.html"
},
{
"kind": {
"ja": "主体の役割",
"en": "actor role"
},
"notation": "",
"ja": "地域福祉推進のための仕組みづくり",
"en": "building the systems for promoting community welfare",
"path": "plans/isesaki/3/role/city.html"
},
{
"kind": {
"ja": "主体の役割",
"en": "actor role"
},
"notation": "",
"ja": "地域と市の橋渡し役",
"en": "the bridge between the community and the City",
"path": "plans/isesaki/3/role/council.html"
},
{
"kind": {
"ja": "主体の役割",
"en": "actor role"
},
"notation": "",
"ja": "地域福祉活動の実践者",
"en": "practitioners of community welfare activities",
"path": "plans/isesaki/3/role/volunteers-npos-groups.html"
},
{
"kind": {
"ja": "主体の役割",
"en": "actor role"
},
"notation": "",
"ja": "専門的な福祉サービスの提供",
"en": "providing specialised welfare services",
"path": "plans/isesaki/3/role/welfare-businesses.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "bohan",
"ja": "防犯",
"en": "crime prevention",
"path": "concept/theme/bohan.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "bosai",
"ja": "防災",
"en": "disaster preparedness",
"path": "concept/theme/bosai.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "businesses",
"ja": "事業者",
"en": "businesses and service providers",
"path": "concept/partner/businesses.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "chiiki-katsudo",
"ja": "地域活動",
"en": "community activities",
"path": "concept/theme/chiiki-katsudo.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "children-and-families",
"ja": "子ども・子育て家庭",
"en": "children and families raising children",
"path": "concept/target-group/children-and-families.html"
},
{
"kind": {
"ja": "主体",
"en": "actor"
},
"notation": "citizens",
"ja": "市民",
"en": "citizens",
"path": "plans/isesaki/3/actor/citizens.html"
},
{
"kind": {
"ja": "主体",
"en": "actor"
},
"notation": "city",
"ja": "伊勢崎市",
"en": "Isesaki City",
"path": "org/isesaki-city.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "community",
"ja": "地域コミュニティ",
"en": "local community",
"path": "concept/theme/community.html"
},
{
"kind": {
"ja": "主体",
"en": "actor"
},
"notation": "community",
"ja": "地域",
"en": "the community",
"path": "plans/isesaki/3/actor/community.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "community-chest",
"ja": "共同募金会",
"en": "Community Chest",
"path": "concept/partner/community-chest.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "community-groups",
"ja": "福祉団体・市民活動団体",
"en": "welfare and citizen groups",
"path": "concept/partner/community-groups.html"
},
{
"kind": {
"ja": "主体",
"en": "actor"
},
"notation": "council",
"ja": "伊勢崎市社会福祉協議会",
"en": "Isesaki City Council of Social Welfare",
"path": "org/isesaki-shakyo.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "disaster-prevention-organisations",
"ja": "自主防災組織",
"en": "voluntary disaster prevention organisations",
"path": "concept/partner/disaster-prevention-organisations.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "from-actions",
"ja": "番号付きの取り組みからの集約",
"en": "from the measure's actions",
"path": "concept/tagging-rule/from-actions.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "fukushi-kyoiku",
"ja": "福祉教育",
"en": "welfare education",
"path": "concept/theme/fukushi-kyoiku.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "fukushi-service",
"ja": "福祉サービス",
"en": "welfare services",
"path": "concept/theme/fukushi-service.html"
},
{
"kind": {
"ja": "支援の層（自助・互助・共助・公助）",
"en": "layer of help (self-help, mutual help, community help, public help)"
},
"notation": "gojo",
"ja": "互助",
"en": "mutual help",
"path": "help-type/gojo.html"
},
{
"kind": {
"ja": "主体",
"en": "actor"
},
"notation": "groups",
"ja": "各種団体",
"en": "various organisations",
"path": "plans/isesaki/3/actor/groups.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "health-and-medical-services",
"ja": "保健・医療",
"en": "health and medical services",
"path": "concept/partner/health-and-medical-services.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "hoken-iryo-kaigo",
"ja": "保健・医療・介護",
"en": "health, medical care and long-term care",
"path": "concept/theme/hoken-iryo-kaigo.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "ibasho",
"ja": "居場所",
"en": "places to belong",
"path": "concept/theme/ibasho.html"
},
{
"kind": {
"ja": "一体的に策定された計画",
"en": "joint welfare plan"
},
"notation": "isesaki-3",
"ja": "いせさき絆づくりプラン",
"en": "Isesaki Kizuna Plan",
"path": "plans/isesaki/3.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "ishi-sotsu",
"ja": "意思疎通支援",
"en": "communication support",
"path": "concept/theme/ishi-sotsu.html"
},
{
"kind": {
"ja": "支援の層（自助・互助・共助・公助）",
"en": "layer of help (self-help, mutual help, community help, public help)"
},
"notation": "jijo",
"ja": "自助",
"en": "self-help",
"path": "help-type/jijo.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "jinken",
"ja": "人権",
"en": "human rights",
"path": "concept/theme/jinken.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "joho-teikyo",
"ja": "情報提供",
"en": "information provision",
"path": "concept/theme/joho-teikyo.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "keihatsu",
"ja": "広報・啓発",
"en": "publicity and awareness-raising",
"path": "concept/theme/keihatsu.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "kenri-yogo",
"ja": "権利擁護",
"en": "advocacy of rights",
"path": "concept/theme/kenri-yogo.html"
},
{
"kind": {
"ja": "支援の層（自助・互助・共助・公助）",
"en": "layer of help (self-help, mutual help, community help, public help)"
},
"notation": "kojo",
"ja": "公助",
"en": "public help",
"path": "help-type/kojo.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "koryu",
"ja": "地域の交流",
"en": "community exchange",
"path": "concept/theme/koryu.html"
},
{
"kind": {
"ja": "支援の層（自助・互助・共助・公助）",
"en": "layer of help (self-help, mutual help, community help, public help)"
},
"notation": "kyojo",
"ja": "共助",
"en": "community help",
"path": "help-type/kyojo.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "mimamori",
"ja": "見守り",
"en": "watching over",
"path": "concept/theme/mimamori.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "network",
"ja": "ネットワーク",
"en": "networking",
"path": "concept/theme/network.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "ninaite-ikusei",
"ja": "担い手育成",
"en": "developing helpers",
"path": "concept/theme/ninaite-ikusei.html"
},
{
"kind": {
"ja": "主体",
"en": "actor"
},
"notation": "npos",
"ja": "ＮＰＯ法人",
"en": "NPOs",
"path": "plans/isesaki/3/actor/npos.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "offender-rehabilitation",
"ja": "更生保護",
"en": "offender rehabilitation",
"path": "concept/partner/offender-rehabilitation.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "older-people",
"ja": "高齢者",
"en": "older people",
"path": "concept/target-group/older-people.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "people-in-hardship",
"ja": "生活困窮者",
"en": "people in financial hardship",
"path": "concept/target-group/people-in-hardship.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "people-needing-support",
"ja": "支援が必要な人",
"en": "people who need support",
"path": "concept/target-group/people-needing-support.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "people-with-diminished-capacity",
"ja": "判断能力が十分でない人",
"en": "people with diminished capacity",
"path": "concept/target-group/people-with-diminished-capacity.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "people-with-disabilities",
"ja": "障害のある人",
"en": "people with disabilities",
"path": "concept/target-group/people-with-disabilities.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "pupils-and-students",
"ja": "児童・生徒・学生",
"en": "pupils and students",
"path": "concept/target-group/pupils-and-students.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "relevant-agencies",
"ja": "関係機関",
"en": "relevant agencies",
"path": "concept/partner/relevant-agencies.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "residents",
"ja": "地域住民",
"en": "local residents",
"path": "concept/partner/residents.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "residents",
"ja": "地域住民",
"en": "residents",
"path": "concept/target-group/residents.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "sasaeai",
"ja": "支え合い",
"en": "mutual support",
"path": "concept/theme/sasaeai.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "schools",
"ja": "大学・高校等の学校",
"en": "universities, high schools and other schools",
"path": "concept/partner/schools.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "sedaikan-koryu",
"ja": "世代間交流",
"en": "intergenerational exchange",
"path": "concept/theme/sedaikan-koryu.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "seikatsu-konkyu",
"ja": "生活困窮",
"en": "financial hardship",
"path": "concept/theme/seikatsu-konkyu.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "seikatsu-shien",
"ja": "生活支援",
"en": "everyday-life support",
"path": "concept/theme/seikatsu-shien.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "senior-clubs",
"ja": "老人クラブ",
"en": "senior citizens' clubs",
"path": "concept/partner/senior-clubs.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "service-users",
"ja": "福祉サービスの利用者",
"en": "welfare service users",
"path": "concept/target-group/service-users.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "sign-language-interpreters",
"ja": "手話通訳者",
"en": "sign language interpreters",
"path": "concept/partner/sign-language-interpreters.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "sodan-shien",
"ja": "相談支援",
"en": "consultation support",
"path": "concept/theme/sodan-shien.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "specialist-agencies",
"ja": "専門機関",
"en": "specialist agencies",
"path": "concept/partner/specialist-agencies.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "volunteer",
"ja": "ボランティア",
"en": "volunteering",
"path": "concept/theme/volunteer.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "volunteers",
"ja": "ボランティア",
"en": "volunteers",
"path": "concept/partner/volunteers.html"
},
{
"kind": {
"ja": "主体",
"en": "actor"
},
"notation": "volunteers",
"ja": "ボランティア",
"en": "volunteers",
"path": "plans/isesaki/3/actor/volunteers.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "ward-heads",
"ja": "区長会",
"en": "ward heads' association",
"path": "concept/partner/ward-heads.html"
},
{
"kind": {
"ja": "主体",
"en": "actor"
},
"notation": "welfare-businesses",
"ja": "社会福祉事業者",
"en": "social welfare service providers",
"path": "plans/isesaki/3/actor/welfare-businesses.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "welfare-commissioners",
"ja": "民生委員・児童委員",
"en": "welfare commissioners and child commissioners",
"path": "concept/partner/welfare-commissioners.html"
},
{
"kind": {
"ja": "概念",
"en": "concept"
},
"notation": "word-match",
"ja": "照合語の一致",
"en": "matching word",
"path": "concept/tagging-rule/word-match.html"
}
];
