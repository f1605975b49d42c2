import type { DemoReport } from "@/lib/demo/demo-types";

// Closed up once when family came up; the manager stepped back to lighter topics, and
// two months later he brought up his family himself.
export const tanakaYuto: DemoReport = {
  name: "田中 悠斗",
  jobTitle: "プロダクトデザイナー",
  team: "プロダクトデザイン",
  email: "yuto.tanaka@kumo-logistics.example",
  startedDaysAgo: 1480,
  addedDaysAgo: 205,
  languages: ["ja", "en"],
  cadenceDays: 14,
  conversations: [
    {
      daysAgo: 200,
      setting: "COFFEE",
      durationMinutes: 20,
      openness: 3,
      volunteered: false,
      pulledBackAt: null,
      intention: "仕事以外の話をほとんどしたことがない。まずは気軽に話せる関係をつくりたい。",
      insights: [
        { depth: "FACTUAL", topic: "hometown", text: "出身は札幌。冬になると今でも雪かきの夢を見るらしい。" },
        { depth: "FACTUAL", topic: "education", text: "大学では建築を専攻。卒業設計は地元の小学校の改修案。" },
      ],
    },
    {
      daysAgo: 179,
      setting: "LUNCH",
      durationMinutes: 45,
      openness: 3,
      volunteered: false,
      pulledBackAt: null,
      intention: "ランチで前回の続きを。仕事の話は最小限に。",
      insights: [
        { depth: "FACTUAL", topic: "previous-work", text: "前職は設計事務所で3年。主に個人住宅の図面を担当していた。" },
        { depth: "FACTUAL", topic: "hobbies", text: "週末はフィルムカメラで街歩き。現像は自宅の浴室でしているとのこと。" },
      ],
    },
    {
      daysAgo: 158,
      setting: "WALK",
      durationMinutes: 30,
      openness: 2,
      volunteered: false,
      pulledBackAt: "FACTUAL",
      intention: "地元の話をもう少し聞ければ。",
      insights: [
        { depth: "FACTUAL", topic: "hobbies", text: "最近は古い団地の階段ばかり撮っている。写真を何枚か見せてくれた。" },
      ],
    },
    {
      daysAgo: 140,
      setting: "COFFEE",
      durationMinutes: 15,
      openness: 3,
      volunteered: false,
      pulledBackAt: null,
      intention: "前回、ご家族の話になったところで口数が減った。今日は軽い話だけにする。急がない。",
      insights: [
        { depth: "FACTUAL", topic: "languages", text: "英語は読み書きは問題なし、話すのは少し苦手と本人談。海外のデザイン記事を毎朝読んでいる。" },
      ],
    },
    {
      daysAgo: 117,
      setting: "LUNCH",
      durationMinutes: 40,
      openness: 4,
      volunteered: false,
      pulledBackAt: null,
      intention: "キャリアの選び方について、本人が話せる範囲で。",
      insights: [
        { depth: "CAUSATIVE", topic: "career-moves", text: "建築からUIデザインに移ったのは「完成まで5年かかるものより、来週ユーザーの反応が見られるものを作りたかった」から。" },
        { depth: "CAUSATIVE", topic: "why-this-company", text: "当社を選んだ決め手は、デザイナーが要件定義の段階から入れると面接で聞いたこと。" },
      ],
    },
    {
      daysAgo: 89,
      setting: "WALK",
      durationMinutes: 35,
      openness: 4,
      volunteered: true,
      pulledBackAt: null,
      intention: "最近少し疲れて見える。仕事量の確認だけのつもりで。",
      insights: [
        { depth: "FACTUAL", topic: "family", text: "本人から話してくれた。札幌のお父様が昨年から体調を崩されていて、お母様がお一人で看ている。月に一度は帰省しているとのこと。" },
        { depth: "CAUSATIVE", topic: "why-this-city", text: "東京にいるのは仕事のため。札幌に戻る選択肢もずっと頭にある、と正直に話してくれた。" },
      ],
    },
    {
      daysAgo: 63,
      setting: "ONE_ON_ONE",
      durationMinutes: 30,
      openness: 4,
      volunteered: false,
      pulledBackAt: null,
      intention: "札幌からのリモート勤務が始まって最初の振り返り。困りごとがないか。",
      insights: [
        { depth: "CAUSATIVE", topic: "why-interests", text: "古い建物を撮るのは「誰かが毎日使ってきた跡」が好きだから。デザインでも、使い込まれる道具を作りたいと。" },
      ],
    },
    {
      daysAgo: 35,
      setting: "COFFEE",
      durationMinutes: 30,
      openness: 5,
      volunteered: true,
      pulledBackAt: null,
      intention: "特になし。雑談。",
      insights: [
        { depth: "VALUES", topic: "mentors", text: "設計事務所時代の所長が恩師。「図面は住む人への手紙だ」と言われたことを今も覚えている。" },
        { depth: "VALUES", topic: "hard-times", text: "前職の最後の年、徹夜続きで体を壊した。そのとき「自分を削って作ったものは、人を大事にしない」と気づいたそう。" },
      ],
    },
    {
      daysAgo: 12,
      setting: "LUNCH",
      durationMinutes: 45,
      openness: 4,
      volunteered: false,
      pulledBackAt: null,
      intention: "これから何をしていきたいか、本人の言葉で聞いてみたい。",
      insights: [
        { depth: "VALUES", topic: "for-others", text: "いつか地方の小さなお店や事業者でも使えるデザインの仕組みを作りたい。実家の近くの商店街を見ていて思うようになった、と。" },
      ],
    },
  ],
  followUps: [
    {
      conversationDaysAgo: 89,
      request: "月に一度、金曜と月曜をリモートにして札幌から働けると助かります。",
      action: "人事にリモート勤務の規程を確認し、チームの定例を火〜木に寄せる。",
      dueInDays: -60,
      status: "DONE",
      dropReason: null,
      closedDaysAgo: 63,
      milestones: [
        { title: "人事にリモート規程を確認", dueInDays: -84, doneDaysAgo: 85 },
        { title: "チーム定例の曜日を火〜木に変更", dueInDays: -75, doneDaysAgo: 75 },
        { title: "リモート開始後に本人と振り返り", dueInDays: -60, doneDaysAgo: 63 },
      ],
    },
    {
      conversationDaysAgo: 12,
      request: "デザインシステムの使い方を、エンジニア向けに勉強会で共有したいです。",
      action: "開発チームの定例に30分の枠を確保する。資料づくりの時間もスプリントに入れる。",
      dueInDays: 30,
      status: "OPEN",
      dropReason: null,
      closedDaysAgo: null,
      milestones: [
        { title: "開発チームのリーダーに枠を相談", dueInDays: 7, doneDaysAgo: null },
      ],
    },
  ],
  mission: [
    {
      daysAgo: 10,
      text: [
        "【あり方】札幌で育ち、建築を学んだ。設計事務所の所長に「図面は住む人への手紙」と教わり、体を壊した経験から、自分を削らずに人を大事にするものづくりを選んだ。",
        "【想い】使う人の毎日に寄り添い、長く使い込まれるものを作りたい。地方の小さなお店や事業者が、良いデザインから取り残されないようにしたい。",
        "【やること】まずはデザインシステムを誰にでもわかる形にまとめ、社内で共有する。数年のうちに、地方の事業者向けのプロジェクトに関わる。",
      ].join("\n\n"),
    },
  ],
};
