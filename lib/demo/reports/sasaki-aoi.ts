import type { DemoReport } from "@/lib/demo/demo-types";

// A good start that cooled: regular conversations until a busy release, then more than
// three months of silence, with a training request still waiting.
export const sasakiAoi: DemoReport = {
  name: "佐々木 葵",
  jobTitle: "QAエンジニア",
  team: "品質保証",
  email: null,
  startedDaysAgo: 690,
  addedDaysAgo: 244,
  languages: ["ja"],
  cadenceDays: 21,
  conversations: [
    {
      daysAgo: 240,
      setting: "COFFEE",
      durationMinutes: 20,
      openness: 3,
      volunteered: false,
      pulledBackAt: null,
      intention: "QAチームとの距離が遠い気がする。まずは佐々木さん自身のことを知りたい。",
      insights: [
        { depth: "FACTUAL", topic: "hometown", text: "出身は福岡。高校まで糸島で育ち、海が近くにないと落ち着かないそう。" },
        { depth: "FACTUAL", topic: "education", text: "大学は文学部。卒論のテーマは宮沢賢治。" },
      ],
    },
    {
      daysAgo: 216,
      setting: "LUNCH",
      durationMinutes: 45,
      openness: 4,
      volunteered: false,
      pulledBackAt: null,
      intention: "ランチで気軽に。",
      insights: [
        { depth: "FACTUAL", topic: "previous-work", text: "前職はゲーム会社で契約社員のデバッガーを2年。" },
        { depth: "FACTUAL", topic: "hobbies", text: "休日はボードゲームカフェ。自分でゲームも作っていて、試作品を友人と遊んでいる。" },
      ],
    },
    {
      daysAgo: 189,
      setting: "ONLINE",
      durationMinutes: 30,
      openness: 4,
      volunteered: false,
      pulledBackAt: null,
      intention: "在宅が続く時期なので、画面越しでも雑談の時間をとりたい。",
      insights: [
        { depth: "CAUSATIVE", topic: "career-moves", text: "ゲーム会社を離れたのは「見つけたバグがリリースに反映されない」ことに疲れたから。直るところまで関わりたかった。" },
        { depth: "CAUSATIVE", topic: "why-interests", text: "ゲームを作るのはルールの穴を探すのが好きだから。「QAと同じ頭の使い方です」と笑っていた。" },
      ],
    },
    {
      daysAgo: 161,
      setting: "COFFEE",
      durationMinutes: 25,
      openness: 4,
      volunteered: true,
      pulledBackAt: null,
      intention: "前回の話の続き。これからやってみたいことがあれば。",
      insights: [
        { depth: "CAUSATIVE", topic: "why-this-job", text: "テストは「壊すため」ではなく「安心して出すため」にあると考えている。自動テストをもっと学びたいとのこと。" },
      ],
    },
    {
      daysAgo: 132,
      setting: "WALK",
      durationMinutes: 20,
      openness: 3,
      volunteered: false,
      pulledBackAt: null,
      intention: "リリース準備で忙しそう。少し外の空気を吸いに。",
      insights: [
        { depth: "FACTUAL", topic: "family", text: "妹さんが今年から東京で就職し、一緒に暮らし始めた。" },
        { depth: "FACTUAL", topic: "languages", text: "英語の仕様書は辞書と翻訳ツールで読んでいる。英語で話すのは緊張する、とのこと。" },
      ],
    },
    {
      daysAgo: 104,
      setting: "ONE_ON_ONE",
      durationMinutes: 30,
      openness: 3,
      volunteered: false,
      pulledBackAt: null,
      intention: "リリース直前。負担が大きすぎないかだけ確認する。",
      insights: [
        { depth: "CAUSATIVE", topic: "why-this-company", text: "入社の決め手は、面接でQAのリーダーが「品質はみんなの仕事」と言い切ったこと。" },
      ],
    },
  ],
  followUps: [
    {
      conversationDaysAgo: 161,
      request: "自動テストの外部研修（3日間、有料）に行ってみたいです。",
      action: "研修費の予算を確認し、リリース後の日程で申し込む。",
      dueInDays: -90,
      status: "OPEN",
      dropReason: null,
      closedDaysAgo: null,
      milestones: [
        { title: "研修費の予算を確認", dueInDays: -140, doneDaysAgo: 137 },
        { title: "本人と日程を決める", dueInDays: -100, doneDaysAgo: null },
        { title: "研修に申し込む", dueInDays: -90, doneDaysAgo: null },
      ],
    },
  ],
  mission: [],
};
