package io.claimstream.analysis.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generality check: documents written for the project (src/test/resources/heldout), scored exactly
 * like the seeds: once per {@link TopicSetup}, with lexical topics and with the embedding model as the running
 * stack has it (the model changes topics only). Each set after the first was written and annotated before any change it prompted,
 * so its first score was an honest figure for unseen text; every set has since been tuned on.
 * <ul>
 *   <li>{@code heldout}: wire copy, podcast export, Q&amp;A, a panel with namesakes, WebVTT, Markdown, HTML.</li>
 *   <li>{@code fresh}: a fireside chat and an analysis piece.</li>
 *   <li>{@code fresh2}: a translated interview with honorifics and run-together names, wire copy where
 *       organisations and namesakes speak, a Markdown Q&amp;A answered by the person the introduction names.</li>
 *   <li>{@code fresh3}: wire copy where an unnamed founder and "its chief executive" speak, a summit recap
 *       with two speakers sharing a surname, a podcast whose guest relays her founder's view.</li>
 *   <li>{@code fresh4}: an earnings call, a reported feature quoting six people and an anonymous official,
 *       a Markdown newsletter around a first-name Q&amp;A (unseen: attribution .680).</li>
 *   <li>{@code fresh5}: a SubRip keynote handed over by its host, an HTML op-ed by its byline's author
 *       (unseen: recall .477, one claim of 23 in the keynote).</li>
 *   <li>{@code fresh6}: a Senate hearing record ("Chair WALSH."), a live blog, a profile of two namesakes,
 *       a press release (unseen: recall .480, attribution .806, speakers .400).</li>
 *   <li>{@code fresh7}: an Otter export with numbered speakers, a Markdown podcast with headings inside
 *       turns and a sponsor read, a translated Q:/A: interview, a conference session with audience
 *       questions (unseen: attribution .521, rejection .821).</li>
 *   <li>{@code fresh8}: the seeds' own genre: a "Core Views" interview summary, a translated forum
 *       report, wire copy with a company statement, a translated roundtable (unseen: recall .900,
 *       type .815, rejection .800).</li>
 *   <li>{@code fresh9}: the seeds' genre in new shapes: a translated long read with names in both orders and
 *       "the post-95 researcher", a podcast with "[00:12:31] Name:" timestamps and cross-talk, a newsletter essay
 *       whose author bets with probabilities, an AMA recap with usernames and an X thread (unseen: type .786,
 *       rejection .782).</li>
 *   <li>{@code fresh10}: the seeds' genre in more shapes: a translated WeChat interview whose questions are bold
 *       lines and whose answers carry no name, a YouTube auto-transcript with "&gt;&gt;" turns and almost no
 *       capitals, an analyst note quoting five chief executives (two of them namesakes) with probabilities and
 *       horizons (unseen: recall .541, attribution .350, speakers .100; the
 *       auto-transcript yielded no claim at all).</li>
 *   <li>{@code fresh11}: formats no earlier set has: a PDF-extracted article (hard wraps, words hyphenated across
 *       lines, running headers and page numbers, footnotes), a "quotes of the week" roundup attributed after
 *       em dashes, a Slack channel export with handles named once, an interview labelled by initials
 *       (unseen: recall .614, attribution .389, type .759, rejection .818, speakers .500; the Slack export yielded
 *       no claim and the initials stayed the speakers' names).</li>
 *   <li>{@code fresh12}: formats whose turn labels name nobody or nothing at all: a WhisperX diarized transcript
 *       ({@code SPEAKER_00}) whose names are only said aloud, all-caps broadcast captions wrapped at 32 columns where
 *       "&gt;&gt;" changes the speaker, a Hacker News thread (usernames, nested replies quoting with "&gt;"), an
 *       e-mail thread with quoted replies, signatures and a disclaimer (unseen: recall .087, attribution .000,
 *       type .667, topics .778, rejection .917, speakers .000; three of the four yielded no claim at all).</li>
 *   <li>{@code fresh13}: transcripts laid out by the tool that made them: a Teams meeting export (a name, its
 *       timestamp, the text on the lines below; "Feld, Jonas" and "(Guest)" as the directory writes them), a
 *       deposition with line numbers in the margin, "Q."/"A." turns and counsel's objections, an X thread (display
 *       name, handle, "1/8" numbering, replies and a quote post) and a Discord channel copy ("Name — 12/01/2026 9:41
 *       AM" over each run of messages) (unseen: recall .619, attribution .467, type .717, topics .583 | .600,
 *       rejection .714, speakers .375; the X thread yielded no claim and the deposition's answers went to a question).</li>
 *   <li>{@code fresh14}: the seeds' genre in styles of writing rather than formats: a British-press feature ("said
 *       Mr Okafor", "Ms Lind, 44, believes", "says Lind", a quote broken by its attribution, a quote running over two
 *       paragraphs), a long-form profile (siblings sharing a surname, two women alternating as "she", a person named
 *       first by role, a nickname), a panel translated from Japanese (family name first, interpreter's notes in
 *       brackets, a moderator who paraphrases) and a news analysis (odds and horizons, companies speaking in
 *       statements, "For Chen, the bottleneck is power.") (unseen: recall .787, attribution .847, type .824,
 *       topics .824 | .847, rejection .875, speakers .765; the profile gave Nadia Petrov's words to her brother).</li>
 *   <li>{@code fresh15}: more styles of writing: a public-radio transcript ("MARISA DUNN, HOST:", then surnames in
 *       capitals, an archived soundbite, a caller known by first name, questions carrying claims of absent third
 *       parties), a magazine feature (quotes broken by their attribution, an executive named after his quote), an
 *       earnings call in the Capital IQ layout (a name line over a role or bank line over the text) and a shareholder
 *       letter whose author is named only by its signature (unseen: recall .813, attribution .744, type .821,
 *       topics .885 | .885, rejection .767, speakers .750; the letter gave its author's claims to the people it quotes).</li>
 *   <li>{@code fresh17}: shapes of document no earlier set has: an investor-day transcript ("Name — Role" turns,
 *       "[Slide 14]" markers, executives handing over to each other, analysts' questions), a fact-check article (a
 *       "Claim:" box quoting the person checked, the outlet's own findings and its rating), a GitHub issue thread
 *       (usernames over "commented on Mar 3", quoted replies, code blocks, label and bot events) and a Chinese
 *       tech-media report in translation ("Zhou zong", "Lin laoshi", a name in both orders, a company's WeChat
 *       statement) (unseen: recall .679, attribution .891, type .745, topics .800 | .836, rejection .886, speakers
 *       .684; the GitHub thread yielded no claim, and the outlet's verdict went unclaimed).</li>
 *   <li>{@code fresh16}: shapes of speech no earlier set has: a TV news script (anchor and correspondent lines,
 *       "SOUNDBITE (Name, title):" inserts, lower-third captions, timing notes), a press briefing ("Q" from unnamed
 *       reporters, a spokesperson relaying officials first named by their office), a debate whose rebuttals restate
 *       the other side's claim ("As Dr. Osei just claimed, ...") and a LinkedIn post with its comment thread (titles,
 *       "Author" badges, reaction counts) (unseen: recall .714, attribution .769, type .738, topics .754 | .769,
 *       rejection .784, speakers .417; the LinkedIn thread yielded no claim and every soundbite went to "Soundbite").</li>
 *   <li>{@code fresh18}: styles of writing no earlier set has: an interview translated from German („…“ quotes, answers
 *       labelled by a lower-case particle name, "von der Heide:", questions by the outlet's name), a newsletter essay that
 *       sets off other people's words as "&gt; " block quotes introduced by the sentence before, a wire scoop ("people
 *       familiar with the matter", "has told colleagues that", companies declining to comment) and an Indian-English
 *       business report ("said Mr. Rao, MD and CEO, Infinity Labs Ltd.", "opined", "averred") (unseen: recall .750,
 *       attribution .522, type .580, topics .884 | .884, rejection .865, speakers .647; every answer of the German
 *       interview went to the outlet, and the essay's author and its first block quote yielded no claim).</li>
 *   <li>{@code fresh19}: the seeds' genre in styles no earlier set has: a French interview in translation («…» quotes,
 *       "M." and "Mme", questions labelled by the outlet as "L'Écho numérique :", an absent co-founder's forecast
 *       inside a question), a research-interview transcript ("Interviewer:" / "P7:", the participant described only in
 *       a header, redactions and timestamps), a podcast mailbag (the host reads listeners' questions that carry their own
 *       claims; the guest relays her CEO and a colleague) and a commencement address (anecdotes that are not claims,
 *       predictions with odds, advice) (unseen at f441b15: recall .781, attribution .880, type .827, topics .773 | .787,
 *       rejection .648, speakers .429; the research interview yielded no claim at all).</li>
 *   <li>{@code fresh20}: the seeds' genre in shapes no earlier set has: a UK select committee's oral evidence ("Q88
 *       Chair:" numbered questions, witnesses as "Dr Thackeray:" and "Farid Haddad:", a Division suspending the sitting),
 *       a Markdown newsletter whose forecasts sit in a table beside who made them, with the author's own odds after, a UN
 *       meetings-coverage release told wholly in reported speech under capitalised names ("KOFI MENSAH-ARYEE, co-founder
 *       …, said that …", "HENRIK VALDSTAD (Norway) said …") and a first-person account "as told to" a journalist whose
 *       speaker is named only in the standfirst (unseen at c1ca68a: recall .743, attribution .769, type .705, topics
 *       .603 | .641, rejection .783, speakers .700; the as-told-to account yielded one claim of 23, the table's forecasts
 *       went to the newsletter's author, and the committee's chair and procedure lines stayed claims).</li>
 *   <li>{@code fresh21}: a blind set, written while the other helpers of stop 21 worked and kept off main until they had
 *       landed: Korean business news in translation ("CEO Park", "Professor Kim" beside "Director Kim" as namesakes,
 *       "Vice Minister Cho Seung-min of the Ministry of Science and ICT", "daepyo-nim", a name in both orders), a news
 *       report whose three speakers alternate as he, she and a singular they, a Markdown fireside chat with two hosts who
 *       make claims of their own under bold first-name labels, and a written symposium whose first-person answers carry no
 *       name but their "## Name, role" heading (unseen at c1ca68a: recall .650, attribution .921, type .789, topics
 *       .895 | .882, rejection .875, speakers .611; after stop 21 at 27d374f: recall .650, attribution .921, type .789,
 *       topics .882 | .868, rejection .875, speakers .611; the symposium yielded one claim of 31, the speaker called
 *       "they" none of their own seven, and the Vice Minister's claims went to "ICT" and "Cho").</li>
 *   <li>{@code fresh22}: a blind set in the seeds' own genre in its plainest, commonest shapes, written while the other
 *       helpers of stop 22 worked and kept off main until they had landed: an English summary of a Chinese lab leader's
 *       long interview (key takeaways, numbered viewpoints in reported speech with "she" for the one speaker, tables of
 *       her career, her forecasts and her advice), a translated Chinese tech-media report of a four-guest panel (a
 *       moderator whose recalled facts are claims and whose questions are not, "Professor Song", a guest surnamed He, a
 *       founder's remark relayed by a colleague), a wire story about one remark with a spokesperson and an analyst, and
 *       a long translated panel transcript whose labels change style within it ("Moderator (Cheng Lu):", "Moderator:",
 *       "Professor Gu Wenbin:", "Gu:", "Ji Ruohan (Hanlin Robotics):"), with bare odds after a forecast, "as Yanan
 *       said" and jokes (unseen at ba620fb: recall .950, attribution .977, type .680, topics .930 | .930, rejection
 *       .743, speakers .875; after stop 22 at c49ca89: recall .939, attribution .976, type .712, topics .929 | .929,
 *       rejection .743, speakers .875; types are the weak measure, plans and reported facts read as forecasts and views
 *       as facts, the relayed founder's words went to the colleague who relayed them, "He Jiawei" became "Jiawei",
 *       banter and biography in turns stayed claims, and a takeaway bullet and a two-clause report were lost at stop 22;
 *       stop 24 finds its two-sentence quotation, its bare "Forty percent." and the row of its predictions table under
 *       "Zhou's answer": recall .972 -> 1.000; its plans, first annotated as facts, are forecasts since c8cfcdb, and stop 24
 *       reads actors' kept states and the speaker's side's practice: type .801 -> .818).</li>
 *   <li>{@code fresh23}: a blind set in the seeds' own genre in other shapes a real outlet produces, written while the
 *       other helpers of stop 23 worked and kept off main until they had landed: a scraped Chinese tech-media report of a
 *       founder-investor fireside (breadcrumb, outlet and timestamp, "According to a report by …", bold topic sections
 *       mixing quotes and reported speech, a verbatim "Name: text" excerpt, captions, recommended reading), a "Key
 *       Assessment / Core Viewpoints" briefing on a lab's research lead named "Ke Haoran", "Kehaoran", "Leo Ke" and
 *       "Ke", with a comparison table and a predictions list, an English news report of a keynote with a rival's
 *       reply, company statements, "a person familiar with the matter" and an analyst who shares the keynote speaker's
 *       surname, and a blog write-up of a roundtable whose bold labels go from full names to surnames, with an audience
 *       question and each panellist's odds (unseen at 12e3d9c: recall .924, attribution .835, type .805, topics .947 |
 *       .947, rejection .784, speakers .882; after stop 23 at fa4e6f1: recall .924, attribution .835, type .805, topics
 *       .940 | .940, rejection .784, speakers .882; nothing the stop did reached it: "Leo Ke" stays a second person
 *       who takes 19 of the briefing's claims, a company's "says" goes to the outlet, "Ministry of Industry and
 *       Information Technology" becomes "Information Technology", a briefing's comparison rows and bare odds after a
 *       turn's opening ("Lower than Nora. Maybe 40%.") are not found, types of plans and reported facts are the weak
 *       measure, and banter, hand-offs and page chrome in turns stay claims; stop 24 finds the comparison rows, the bare
 *       odds, the two-sentence quotations and the reported reactions and admissions: recall .924 -> 1.000, type .805 ->
 *       .819, topics .940 -> .944; and reads who is talking at first contact: attribution and speakers 1.000, the
 *       company's "says" its own, the ministry under its whole name, the lead's title holder named next; its five
 *       announced plans, first annotated as facts, are forecasts as in 19 other sets since stop 24's gold change, and
 *       kept states and quoted verdicts are read: type .819 -> .833).</li>
 *   <li>{@code fresh24}: a blind set in the seeds' own genre again, written while the other helpers of stop 24 worked
 *       and kept off main until they had landed: a 40 KB translated panel transcript of a host and five guests from
 *       Chinese labs and companies ("Han Qiuyue (Moderator):", once "Moderator:", once the misspelt "Du Yanqin:", an
 *       online guest "Wen Jiale (online):"), long turns holding several claims, interruptions and cross-references ("As
 *       Lin said earlier", "I disagree with Professor Shen"), a friend quoted inside a turn, a lightning round of odds,
 *       audience questions and jokes; a translated WeChat summary of one CEO's keynote with numbered bold headings, "in
 *       her view", corner-bracket quotations and the forum's host quoted once; an English podcast interview with show
 *       notes, capitalised names on their own lines, timestamps, a sponsor read and a rapid-fire round on inline
 *       "HU ZHENYU:" labels; and a news analysis setting four leaders' positions side by side from an interview, a Weibo
 *       post and a call transcript, with a research firm's figures and the author's own analysis (unseen at 95f4fdc:
 *       recall .913, attribution .989, type .770, topics .912 | .919, rejection .749, speakers .875; after stop 24 at
 *       c0946d8: recall .919, attribution .989, type .772, topics .898 | .909, rejection .754, speakers .875; the stop
 *       finds the rapid-fire answers after inline capitalised labels, reads one negative imperative as advice and drops
 *       one line of banter, while four claims lose their only right topic, two of them to china-vs-us; still 16 of the
 *       WeChat summary's 38 claims are lost (bare corner-bracket quotations after a paragraph of reported speech), its
 *       host quoted once is no speaker and his second sentence goes to the outlet, "Du Yanqin:" stays a person of her
 *       own, a research firm's figures after "according to figures compiled by" and bare odds opening a turn ("Lower
 *       than everyone. 20%, maybe 25%.") are not found, a speaker's own numbers and practices read as views, and banter,
 *       hand-offs and the chair's calls to the floor stay claims; then one general fix written from these misses,
 *       34f87a8: corner-bracket quotations read as curly ones, and a paragraph that is one quotation below a paragraph
 *       reporting somebody is that person's: recall .961, attribution .987, topics .883 | .893, the rest unchanged; and
 *       three general fixes of who speaks at first contact: a label a letter off a regular speaker's that the text never
 *       writes elsewhere is that speaker, a title written before the name in a role-first apposition ("The forum's host,
 *       X University professor …, said") leaves the name the speaker, and a body described before its name after
 *       "according to figures compiled by" is the figure's source: recall .965, attribution 1.000, speakers 1.000; then
 *       stop 25's answers at first contact: odds hedged or stood by, answers for two respects, a verb affirmed then
 *       denied, advice to "you" closing a round, a quotation reporting others before its point, "in her view" between
 *       commas, "encouraged … not to": recall .997, type .780, topics .887 | .893, the rest unchanged; then stop 25's
 *       rejection work: replies that only weigh the last remark, the chair calling on the floor by seat, the asker
 *       saying back the figures just given, premises put around a question and a show's outro: rejection .754 -> .902,
 *       the rest unchanged; and general rules of claim types written from its misses and checked on every set: a
 *       speaker's own counts, perfects and practices are reports, bare odds are forecasts, generic verdicts and
 *       dispositions are views: type .780 -> .871 before the rejection work).</li>
 *   <li>{@code fresh25}: a blind set in the seeds' own genre, written while the other helpers of stop 25 worked and
 *       kept off main until they had landed: a 25 KB translated fireside chat whose turns carry only roles ("Host:",
 *       "Guest:", "Moderator:", the intro naming who holds each), the guest's name run together once ("Zhangxinyi") and
 *       with honorifics ("Teacher Zhang", "Dr. Zhang"), a co-founder and a keynote speaker quoted inside turns, one
 *       audience question, applause and laughter marks and a lightning round; an English news feature quoting six
 *       sources through every reporting frame (says, believes, argued, noted, pointed to, told, revealed, according to,
 *       in X's view, X's feeling is, as Y said), two of them sharing a surname, quotations attributed after them, a
 *       company's statement and the writer's own figures; a translated Q&A with a lab researcher (bold questions under
 *       the outlet's name, answers under her surname, an editor's intro, note and photo caption, forecasts with
 *       horizons and quantities with units); and a newest-first conference live blog with timestamps, speakers
 *       summarised in turn, a relayed remark, a panel and the blogger's asides and page chrome (unseen at 193de78:
 *       recall .926, attribution .962, type .776, topics .833 | .844, rejection .615, speakers .737; after stop 25 at
 *       4acf034: recall .926, attribution .962, type .779, topics .844 | .856, rejection .628, speakers .737; the stop
 *       rejects two more lines of the fireside chat's banter, types one more claim right and mends a few topics, while
 *       everything else stands: multi-sentence quotations with the attribution after them are split below the 80% a
 *       claim needs, "X's feeling is that", "called for", "Her answer:" and "pushed back on" are not read,
 *       lightning-round and one-line answers are not claims, people quoted inside a turn (a co-founder, a director)
 *       keep the turn's speaker, a person in apposition with "which led …" gives way to the firm, a newest-first live
 *       blog meets "Yang said" before "Yang Bowen" and reads its pronouns in page order, a summary naming the host for
 *       his own odds gives them to the guest, the Moderator who only hands off and four quoted people are no speakers,
 *       and 55 greetings, hand-offs, questions, banter and page chrome stay claims). Three general fixes written after
 *       the blind measurement: a view phrase after a short fronted phrase ("On jobs, X's feeling is that", d3a68ef),
 *       the person in apposition stays the subject past the firm's which-clause (156a482), and a statement that a
 *       short "Is that …?" question asks to confirm is the asker's premise (4da8e1a, bc66080): recall .930,
 *       attribution .966, type .780, topics .845 | .856, rejection .642, speakers .737.</li>
 *   <li>{@code fresh26}: a blind set in the seeds' genre, written while the other helpers of stop 26 worked and kept off
 *       main until they had landed: a 26 KB podcast whose turns carry a surname, first names and a nickname ("Tian:",
 *       "Kasia:", "Mo:" for Maurice Adeyemi, said only in speech), a third person joining midway ("Dev:", Devendra Raman
 *       named in the show notes and the hand-off), show notes with chapters, a sponsor read, cross-talk, a person quoted by a
 *       host and an odds round of one-word answers; a weekly newsletter digest (bullets "**Name** (role, company) told
 *       *Outlet* ...", "per The Circuit", "in a since-deleted post", link lines, the author's "**My take:**" sub-bullets, a
 *       sponsor box, quick hits and a numbers table); a securities class-action complaint (caption, numbered paragraphs,
 *       "Defendant Marchetti", indented quotations after "stated:", "(Emphasis added.)", confidential witnesses CW-1 to CW-3,
 *       an analyst's reports, the plaintiff's own allegations and legal boilerplate); and a conference panel recap whose four
 *       panellists are named once and then only by role or company ("the Redkite partner", "the investor", "the Qiming
 *       researcher", "the former official", "the Washington veteran"), with audience questions, odds and a one-line-each
 *       summary box (unseen at 4e2984a: recall .824, attribution .475, type .726, topics .920 | .928, rejection .574,
 *       speakers .375; after stop 26 at b009cee: recall .828, attribution .477, type .727, topics .924 | .932, rejection
 *       .574, speakers .406; the stop makes Oren Falk, quoted by a host, a speaker of his own and finds two quotations
 *       attributed after them, while "She called for …" in a newsletter bullet is lost; still the labels "Mo:" and "Dev:"
 *       are never tied to the full names the intro gives (49 claims), one-word and odds answers ("Completely.", "Sixty.")
 *       are not claims, bold Markdown names with a role in brackets are not read as introductions (newsletter speakers
 *       2 of 14, each bullet's words carried to the next bullet's person and the author's "My take:" given to the person
 *       above), "Defendant Marchetti" keeps its legal title and CW-1 to CW-3 are no speakers (e03 attribution 3 of 30,
 *       "According to CW-3, …" not a claim), role references ("the Redkite partner", "the former official") are not
 *       resolved to the person introduced with that role and "he"/"she" go to the last named person whatever the gender,
 *       sentences whose subject is a role ("The investor said 35%.") are lost, fact and opinion are confused both ways,
 *       and 66 greetings, banter, hand-offs, legal boilerplate, sponsor lines and page chrome stay claims). Four general
 *       fixes written after the blind measurement, each with a test in our own sentences and every other set's lines
 *       unchanged: a position the text gave a person names them ("the Farlane partner", "the investor" for a fund's
 *       partner, and the "he" after "The Yunshan researcher … gave a different answer"), a one-word label is the full
 *       name its speaker gives in their first turn or clips ("Bash:" / "I'm Sebastian Okoro", "Rafa:" for Rafaela
 *       Quintero), Markdown emphasis is layout (a bold name beside its role in parentheses, "**My take:**" the
 *       writer's), and a court filing's "Defendant" is a title: recall .843, attribution .900, type .740, topics .922 |
 *       .929, rejection .568, speakers .813 (two more narrations kept, "The investor disagreed, gently." among them,
 *       and one topic lost, so the rejection and model-topics floors move down by .01).</li>
 *   <li>{@code fresh27}: a blind set in the seeds' genre, written while the other helpers of stop 27 worked and kept
 *       off main until they had landed, in four shapes no earlier set has: a standards consortium's steering-committee
 *       minutes (an attendee list giving each member's initials, "HM reported that", "PMa said", two Marshes and two
 *       Parks written family name first, a guest presenter, an absent member's written comment relayed, votes,
 *       "RESOLVED, that", action items and a secretary's note); a 26 KB narrative nonfiction book excerpt (dialogue
 *       across paragraphs, untagged alternating lines, quotations broken by their tag, a nickname in apposition
 *       "Theodore Banerjee-Lowe — Teddy", "Lao Fang", siblings sharing a surname, an investor's e-mail quoted with its
 *       From/To/Date headers, a moderated stage conversation, footnotes and the author's own view); an encyclopedia
 *       biography (infobox, the English name beside the Chinese one, a co-founder sharing his surname "(no relation)",
 *       footnote markers and "[citation needed]", critics, reference titles quoting the subject, categories); and a
 *       braided oral history ("NAME, role, company:" labels in capitals then the surname only, an anonymous voice,
 *       names in both orders sharing a surname, the editor's bracketed notes, italic questions) (unseen at 9c6c02b:
 *       recall .877, attribution .365, type .678, topics .915 | .933, rejection .535, speakers .545; after stop 27 at
 *       11eb5fe: recall .877, attribution .365, type .678, topics .915 | .933, rejection .529, speakers .545; nothing
 *       the stop did reached it but one line: the quoted e-mail's To: and Subject: headers now stay claims while the
 *       sentence introducing the e-mail is rejected, rejection .535 -> .529; still the minutes' attendee list ("Dr.
 *       Helena Marsh (HM), Quillon Systems — Chair") is never read as introducing the initials, which stay organisation
 *       speakers, and "Vote" and "Minutes" become persons who take the "she said" that follow (attribution 1 of 49,
 *       speakers 1 of 12); the quoted e-mail's "From: T. Banerjee-Lowe" makes him the default speaker of the rest of
 *       the book (125 claims), a quotation's later sentences not keeping its first sentence's tag; the nickname in
 *       apposition ("Teddy"), "Fang" and "Lao Fang", and the English name "Howard Wen" are not tied to the full names
 *       ("Howard Wen" takes 8 of Wen Haoyu's claims), and the author named in the front matter is no speaker; an
 *       oral-history label with a long role and the anonymous voice's label are not read (15 claims go to the voice
 *       before) and three of Ruoxi Chen's claims go to Chen Jiayi; short two-sentence units inside quotations, the
 *       author's own analysis and "has described X as" are not found; 78 narration lines, headings, votes, action
 *       items, reference titles and editor's notes stay claims, and fact and opinion are confused both ways; two
 *       general fixes written after this measurement, 0.12.93: members listed with their initials in brackets are
 *       recorded by them, and an e-mail quoted after paragraphs of the text's own prose is one quotation whose header
 *       is metadata, not a thread running to the end: recall .869, attribution .653, type .681, topics .908 | .926,
 *       rejection .622, speakers .939; three of the book's narration sentences the thread had kept as the sender's
 *       claims are now missed, and the quoted message itself is nobody's; 0.12.94: a second name in an apposition ("Wen
 *       Haoyu (…), also known by his English name Howard Wen, is …") is the same person: attribution .653 -> .678; 0.12.97: the book's dialogue, a nickname in apposition ("X — Teddy,
 *       to everyone —"), a familiar prefix or an initial before a surname ("Lao Fang", "T. Banerjee-Lowe"), a relative's
 *       gender stated before the relative is named ("she and her brother"), a tag's pronoun looking past the names its
 *       quotation speaks of, a colon's quotation running over paragraphs, a quoted e-mail its From: sender's, and
 *       "Whether Tallis" no name: attribution .678 -> .834, speakers .939 -> .970; 0.12.100: a quotation after a narrated
 *       negated action ("She does not blame them. "…"") and a paragraph of quotation below one ending on a person's
 *       doing ("Owen waited a moment before answering.") are that person's: attribution .834 -> .874, recall .869 ->
 *       .867, "She does not blame them." now narration where the gold keeps it);
 *       0.12.102:
 *       an oral-history label with a long role ("NAME, senior economist, Unit, Authority:") and an unnamed voice's
 *       ("A FORMER X ENGINEER, who asked not to be named …:") are read, a part's Roman-numbered title ends the turn
 *       above it, the editor's bracketed notes are nobody's, and the minutes' "Vote:", "Minutes:", resolutions and
 *       action items are neither persons nor claims: attribution .834 -> .904, rejection .715 -> .773, speakers .970
 *       -> 1.000, recall .869 -> .864, two of the minutes' reports the "Vote" turn had kept whole now being split or
 *       missed as narration; measured before 0.12.100).</li>
 *   <li>{@code fresh28s}: three shapes of document no earlier set has, written by stop 28's shapes helper: a product
 *       launch press conference through an interpreter ("CHAIRMAN ZHAO (through interpreter):", "DR. LU (through
 *       interpreter):", then "ZHAO (through interpreter):", an "INTERPRETER:" who relays in the third person ("He says
 *       the comparison is with …"), corrects the speaker and relays an off-mic question, "[Interpreter's note: …]", a
 *       guest who speaks English, "Q:" and "Q (through interpreter):" from reporters naming their outlets, "(In
 *       English)" switches, applause and crosstalk); a cable-news rush transcript ("ROSS ADAIR, CNB ANCHOR:" then
 *       "ADAIR:", "(BEGIN VIDEOTAPE)" packages with "(voice-over)" narration, "(SOUNDBITE OF KEYNOTE)", "(BEGIN VIDEO
 *       CLIP)" of a senator labelled "SEN. NAME (D), STATE:", "UNIDENTIFIED MALE:", "(CROSSTALK)", "(COMMERCIAL
 *       BREAK)", "[21:05:58]" stamps, a founder "(through translator)" and an anonymous investor); and a fact-check
 *       roundup in blocks of "CLAIM: "…" — Name, title, occasion", "VERDICT:" and "THE FACTS:" (the outlet's own
 *       findings and ratings, company spokespeople, experts, a forecast marked not checkable, a correction and
 *       boilerplate) (unseen at 5b6f0c4: recall .802, attribution .913, type .681, topics .862 | .862, rejection .673,
 *       speakers .778; the interpreter's third-person relay goes to "Interpreter", the anchor's opening facts and every
 *       CLAIM line, VERDICT line and finding of the fact-check are lost (recall 28 of 56 there, the outlet no speaker),
 *       the senator's clip goes to the anchor and the translated founder's words to the correspondent, and hand-offs,
 *       introductions, procedure and interpreter's notes stay claims). The VERDICT lines, first annotated as the
 *       outlet's claims, are labels of the box as {@code FactCheckArticleTest} has a rating field (unseen so: recall
 *       .826, rejection .686, the rest unchanged); 0.12.98 reads the roundup: a claim field credited on its own line
 *       ("CLAIM: "…" — Name, …", its words in part paraphrased) is the named claimant's without the credit, field labels
 *       in capitals, the outlet named by its dateline ("SAN JOSE, Calif. (Clearwater) —") speaking its findings, and its
 *       headline and the sentences naming itself no claims: recall .940, attribution .924, type .694, topics .860 |
 *       .860, rejection .661, speakers .963 (three lines of the outlet's narration of the event are now its claims); 0.12.101:
 *       an "INTERPRETER:" turn is the interpreter's note to the room, as a translator's note is: rejection .661 -> .703,
 *       attribution .924 -> .929, while the one relay in the third person ("He says the comparison is …") is lost with
 *       the notes (recall .940 -> .934, type .694 -> .692, topics .860 -> .859).</li>
 *   <li>{@code fresh28}: a blind set in the seeds' genre, written while the other helpers of stop 28 worked and kept
 *       off main until they had landed, in four shapes no earlier set has: a chip-launch press conference through an
 *       interpreter with two speakers sharing a surname ("PRESIDENT ARAKAWA (through interpreter):", "DR. ARAKAWA
 *       (through interpreter):", a participants list "ARAKAWA Kenji, President …"), "INTERPRETER:" turns relaying the last
 *       speaker in the third person ("The president says that …"), a video message and reporters' "QUESTION (Name,
 *       Outlet):"; a 26 KB documentary dialogue script in screenplay layout (INT./EXT. scene headings, action lines,
 *       indented caps cues that go from full name to first name or nickname, "CHAU" for Minh-Chau Tran, "DOC PRUETT" for
 *       Dr. Walter "Doc" Pruett, "SUPER:" lower thirds, (V.O.)/(O.S.)/(CONT'D), a handle revealed as a name mid-film, a
 *       narrator credited only in the end credits, "TEXT ON SCREEN:" cards); a question-major founders' roundup (the same
 *       questions to five people, labels from "Name (Company):" to surname, siblings as "O. Lindqvist" and "M.
 *       Lindqvist", a nickname label "Tope:", the byline author's "Our read:", one-word answers and an odds table); and a
 *       letters page whose first-person letters are signed only at their end, with a reader's handle, a company's
 *       letter and the columnist's reply answering each by name (unseen at 5b6f0c4: recall .740, attribution .440, type
 *       .724, topics .843 | .860, rejection .736, speakers .469; after stop 28 at f8e61a9: recall .720, attribution .488,
 *       type .726, topics .839 | .856, rejection .742, speakers .500; the stop ties "O. Lindqvist" to Oskar (10 claims),
 *       while 0.12.101's reading of "INTERPRETER:" turns as notes to the room loses the eight third-person relays of the
 *       speaker's words; still the letters signed at their end yield no claim (recall 14 of 74, nine writers no
 *       speakers) and "Name replies:" is no turn, "PRESIDENT ARAKAWA" and "DR. ARAKAWA" are one "Arakawa" (38 claims),
 *       "SUPER:", "CUT TO:" and "TEXT ON SCREEN:" are read as speakers (24 claims) and the cue after a SUPER line is not
 *       read, "CHAU", "DOC PRUETT", "M. Lindqvist", "Tope" and the revealed handle are not tied to their full names, the
 *       narrator and the byline author are no speakers, one-line answers ("For a while.", "Partly.", "Down.") and the
 *       odds table's rows are not found, scene headings, action lines, procedure and banter stay claims, and fact and
 *       opinion are confused both ways). 0.12.109: a participants list written family name first in capitals ("ARAKAWA
 *       Kenji, President …") is read and a label's title ("PRESIDENT", "DR.", "CTO") picks the namesake it names, and an
 *       interpreter's third-person relays ("The president says that …", "He adds that …") are the claims of whom they
 *       name, its corrections still nobody's: recall .864 -> .876, attribution .582 -> .697, speakers .719 -> .781,
 *       topics .857 -> .862, type .737 -> .732.</li>
 *   <li>{@code fresh29}: a blind set in the seeds' own genre, written while the other helpers of stop 29 worked and kept
 *       off main until they had landed: three close cousins of the seeds and one new shape. A 27 KB newsletter post around
 *       a translated forum panel (the byline author's intro, recommendation and own odds in "My Takeaways", "Name
 *       (Moderator):", once bare "Moderator:", "Rao Zhenbang (online):" called "Ben" by his English name, two unrelated
 *       Qians, "Professor Qian Lu" and "Qian Haoyu", joking about it, a lightning round of bare odds, two audience
 *       questions, laughter marks and a subscribe footer); a "Key Assessment / Core Viewpoints" summary of a podcast
 *       interview (numbered viewpoints in reported speech with "she" and "In Tao's view", "Label: text" bullets, a
 *       career table, a predictions table with horizon and probability columns, a recommendations table by role, the
 *       name in both orders, a doctoral supervisor relayed, the host named once); a scraped translated tech-media report
 *       of a five-speaker conference session (breadcrumb, outlet and time, two unrelated Mengs, quotations attributed after
 *       them, bullets, company statements, a research firm's figures, the moderator named once, an adaptation notice); and,
 *       the new shape, a bilingual video-subtitle transcript in which every turn comes twice, the Chinese original under a
 *       Chinese-script label ("苏婉清：") and then its English translation under the romanised one ("Su Wanqing:"), with
 *       timestamps, a translator's note and an absent co-founder relayed inside a question and then heard in a "Fang Ce
 *       (clip):" insert (unseen at ee69dbb: recall .949, attribution .971, type .747, topics .944 | .947, rejection .735,
 *       speakers 1.000; after stop 29 at 64a76d4: type .747 -> .749 (0.12.115), the rest the same, the lightning round's "I'll say 85%." now
 *       taking the round's horizon; still the
 *       summary's predictions table (4 of 4 rows), verbless or forecast "Label: text" bullets, two short sentences making
 *       one point (split, each under 80% of the snippet) and elliptic answers ("In research taste. …", "The best finished
 *       71%.", "Not in the short term.") are not found; coordinated elliptic odds in the intro ("X said 35%, while Rao put
 *       it at 15% and Professor Qian at …") all go to the first subject, a heading "Talent: Hire Builders, Then Teach
 *       Theory" becomes a person, "Host Yan Bo" glued to his role takes the four bullets after "Her answers, in brief:",
 *       a relative clause's claim after "Professor Lü Chang of Fudan University, who told her" goes to the university, and
 *       "she" after "Meng Qiuyu sided with Feld …" goes to the woman named earlier; the bilingual transcript's Chinese labels
 *       are persons of their own and its 17 Chinese lines are their claims (not scored); a speaker's own practices,
 *       rules and counts read as views (29), reported and worded odds, negated "I don't think this can last more than
 *       another eighteen months" and "Her expectation: …" read as views (21), generic "will" and "would" views read as
 *       forecasts (17); and banter, hand-offs, intro narration and subtitle metadata stay claims (45 of 170 non-claims);
 *       after stop 30's rejection work (0.12.124): rejection .735 -> .918 (hand-offs announcing the answer to come, the
 *       next part of the session and its rules, who sat on the stage, notes on names and captions, subscribe calls, a
 *       view of nobody in particular put as a question), the rest the same; jokes stay claims.
 *       The gold was completed once, by a pass over sentences the first annotation had left out, before the unseen
 *       figures were recorded; floors just under the figures after stop 29).</li>
 *   <li>{@code fresh30}: a blind set in the seeds' genre, written while the other helpers of stop 30 worked and kept off
 *       main until they had landed: three close cousins of the seeds and one new shape. A 26 KB translated roundtable
 *       transcript inside a newsletter post (the byline author's intro and view, "Host Pei Xiaolin:" with the title glued
 *       on, a compound surname "Ouyang Rui", "Kevin" for Zhou Kaiwen, two unrelated Suns, "Sun Yao (online):", a CEO
 *       relayed inside a turn, the second half copied with full-width colon labels "Name：", translator's notes, a
 *       lightning round of odds and audience questions); a translated WeChat summary of a closed-door meeting (a
 *       participants list with full names, then "President Lu", "Dr. Han", "Mr. Bai" / "Bai zong", "Dean Qiu" /
 *       "Professor Qiu", an unattributed core-takeaways list, "X's judgment:" statements, corner-bracket quotations of
 *       two or three sentences, coordinated elliptic odds, the convener's own reading); an English news report (a name
 *       with its Chinese characters, a quotation split by its attribution, "The 41-year-old", company statements, a
 *       rival's COO with a Cantonese alias, an analyst's client note, and a namesake "who is not related to the
 *       founder" introduced mid-article); and, the new shape, a slide deck exported with speaker notes ("Slide 3 / 22",
 *       "TITLE:", "SLIDE TEXT:", "SPEAKER NOTES:", the presenter named only on the title slide, a co-presenter taking
 *       over by a note, slide quotations credited after an em dash, a scenario table with probabilities, stage
 *       directions, compliance notes, hidden and backup slides) (unseen at 78c19cf: recall .892, attribution .712, type
 *       .720, topics .887 | .895, rejection .759, speakers .750; after stop 30 at 04104c82: recall .897,
 *       attribution .711, type .727, topics .888 | .896, rejection .755, speakers .750: the stop finds "By X's
 *       estimate(s), …", types two reports and one horizon right, and keeps one more line of banter; still the slide
 *       export's "SLIDE TEXT:" and "SPEAKER NOTES:" are persons who take 80 of its 86 claims (attribution 3 of 83) and the
 *       presenter named on the title slide and the co-presenter named in the handover note are no speakers, the late
 *       namesake "Jiang Mingxuan" takes 17 of Jiang Haochen's later claims, "The company said …" goes to a firm named
 *       later and the companies are speakers only under their short names, coordinated elliptic odds ("Bai Sicheng said
 *       15%; President Lu, about 10%; …") all go to the first person as one fact, claims introduced by a narrative frame
 *       and a colon ("Bai's explanation is simple: …", "Dr. Han raised a concern from training: …", "X ended on a
 *       commercial note: …"), the unattributed core takeaways and the convener's own reading are not found, quotations of
 *       two or three sentences are split under 80%, a CEO relayed inside a turn and short answers ("Not jobs, tasks.")
 *       are lost, fact and opinion are confused both ways (53), and greetings carrying self-introductions, banter,
 *       slide titles, stage directions and compliance notes stay claims (61 of 249 non-claims). The full-width colon
 *       labels ("Ouyang Rui：") are read as turns.</li>
 *   <li>{@code fresh31}: a blind set in the seeds' genre, written while the other helpers of stop 31 worked and kept off
 *       main until they had landed: three close cousins of the seeds and one new shape. A 25 KB newsletter post around a
 *       translated panel (emoji headline, the byline author's intro with his own view and a recommendation, "Name
 *       (Moderator):" labels, a moderator and a guest who share a surname and are "not related", "Tessa" for Liao Xinyue,
 *       an online guest, an investor relayed by the moderator, bracketed glosses with Chinese, a lightning round of odds,
 *       audience questions, and a "Translator's afterword" in the author's voice with his own odds); a translated Chinese
 *       tech-media report ("HomeArticle", a run-together name in the headline, outlet and timestamp, a summary in reported
 *       speech, a semicolon advice list "Name: …; Name: …", "01." sections, spaced hyphens, a co-founder relayed in a
 *       turn); an English news report (a rival's launch and statements, a customer's report, three-point bullets,
 *       two-sentence quotations before "Zhong said", a deputy, an analyst firm's note, a spokesperson); and, the new
 *       shape, a think-tank event transcript (title block, a PARTICIPANTS list in capitals, "MR. HARTIGAN:" / "DR. XIE:"
 *       labels for people the moderator introduces in prose by nickname ("Matt Hartigan"), a Q&amp;A queue of
 *       "QUESTIONER:" turns whose askers name themselves, one of them a namesake "no relation to Dr. Xie", an online
 *       question read out, an adjournment line and a notary certificate) (unseen at 1e9e378: recall .949, attribution
 *       .805, type .775, topics .956 | .956, rejection .686, speakers .800;
 *       after stop 31 at 5be87094: recall .947, attribution .804, type .777, topics .955 | .955, rejection .704,
 *       speakers .800; the stop rejects three lines of banter the room laughed at and, with them, loses one view said
 *       to laughter ("I would still rather have the cards."); nothing else it did reached the set. Still every "DR.
 *       XIE:" turn goes to "Bowen Xie", an audience questioner who names himself near the end as "no relation to Dr.
 *       Xie" (33 claims), "MR. HARTIGAN:" and "MR. COLLIER:" stay bare surnames because the prose calls them "Matt" and
 *       "Doug" and the PARTICIPANTS block in capitals is not read, "QUESTIONER:" turns have no speaker although the
 *       asker names himself, the newsletter author's afterword after the transcript goes to the moderator (7) and a
 *       co-founder relayed in a turn ("My co - founder Qiu Wanting likes to say that") to the guest, "A Meridian Labs
 *       spokesperson" becomes "Labs", two-sentence quotations before "Zhong said" and two-sentence answers ("Not a
 *       gift. It is a tax ...") are split under 80%, "Kestrel's note said ..." and a company's "said" after a narrative
 *       verb phrase yield no claim, an advice turn types each of its views as advice, the question's horizon is not
 *       carried to bare odds, and self-descriptions, panelist introductions in prose, disclaimers, statement-like
 *       hand-offs, banter, the odds tally, translator notes and the notary certificate stay claims (50 of 169
 *       non-claims). Fixed after that measurement, so tuned on the set (0.12.144): the cover page's list names the
 *       labels' people and askers who say who they are speak their turns: attribution .973, rejection .710, speakers
 *       .960).</li>
 *   <li>{@code fresh32s}: a blind set of four close cousins of the seeds, one per seed family, written while the other
 *       helpers of stop 32 worked and kept off main until they had landed, each in the variations another outlet or
 *       translator would produce: an interview digest (cousin of seed 000: "INTERVIEW DIGEST" with "Guest:",
 *       "Format:", "Released:" and "Prepared by:" header fields, lettered "A | Heading" sections in reported speech,
 *       "→ Label: text" arrow bullets, a 4-column table with the guest's read, an unquoted first-person "In His Own
 *       Words" block, a relayed co-founder, numbered "(1) Label: forecast" lines with odds in words, the analyst's own
 *       "Where We Differ", "• For founders — …" advice bullets, timestamps and a disclaimer); a translated Chinese
 *       tech-media report of a roundtable (cousin of seed 001: "Home | News | Body Text", "Text | X  Editor | Y", relays
 *       "In X's view", "said frankly that", "X's judgment is that", "gave a set of figures:", a "● Name: "Keyword",
 *       reason;" list, a moderator labelled only "Host:" and named once in the intro, "Dr. Tan" / "Ms. Dou" addresses,
 *       "Audience:" turns, a one-word keyword round, 《》 reading list); an English news report (cousin of seed 002: an
 *       editor's note, a Western-order name then "the executive", a US rival's statements, inline "First, … Second, …
 *       Third, …", an earlier magazine interview, a deputy's WeChat post, an anonymous person familiar, a government
 *       body, an initialled analyst "J.R. Okonkwo", a rival operator at a separate session); and a 27 KB newsletter
 *       post around a translated panel (cousin of seed 003: "Posted by NAME on OUTLET" byline, the author's intro with
 *       his own reading, a recommendation and the headline odds, "Name (Affiliation):" labels on every turn, two
 *       Chinese guests labelled by their English names ("Serena Gu" for Gu Xinyi, "Andrew Xu" for Xu Kaiming, both
 *       given as such in the intro and their first turns), footnote markers with "Translator's notes" holding the
 *       author's own odds, a lightning round of odds in words and ranges under a question with the horizon, a
 *       co-founder sharing the speaker's surname relayed, "From the audience:" turns)
 *       (unseen at 6b336c1e: recall .844, attribution .765, type .710, topics .907 | .919, rejection .758, speakers
 *       .714; after stop 32 at c879d56c: recall .846, attribution .763, type .711, topics .908 | .919,
 *       rejection .758, speakers .714; the stop finds one more claim ("I'd estimate 80 percent of the lines ...", to
 *       "Andrew Xu"), reads one more lightning-round answer's odds and horizon ("A bit lower. One in five.") and types
 *       two lines otherwise; nothing else it did reached the set. Still the English-name labels are not tied to the names the intro and the guests' first turns give ("Gu Xinyi, who uses the name Serena Gu", "I'm
 *       Andrew, or Xu Kaiming on my ID card": 75 claims to "Serena Gu" / "Andrew Xu", two speakers missing; with the
 *       label names as canonical the set would score attribution .98), the digest loses every "Label: text" line (arrow
 *       bullets, numbered forecasts), its 4-column table rows, the unquoted "In His Own Words" block, the em-dash advice
 *       bullets and the analyst's "Where We Differ" (recall 22 of 47; "Guest:", "Format:" and "Released:" become
 *       persons), the newsletter's "Posted by NAME on OUTLET" author is no speaker (his intro views lost, his
 *       "Translator's notes" and own odds go to the host), "From the audience:" is no label (the askers' words stay the
 *       host's), a government body, an initialled analyst ("J.R. Okonkwo" becomes the organisation "Okonkwo"), "the
 *       executive said" and "she went further, saying that" yield no claim, coordinated and contrasted reports and
 *       two-sentence points are split under 80%, the "● Name: "Keyword", reason;" list is lost, a lightning round's
 *       horizon is not carried to its answers, fact and opinion are confused both ways (61 of 100 type misses), and
 *       self-descriptions, statement hand-offs, prefaces, banter and translator's notes stay claims (46 of 190
 *       non-claims).</li>
 *   <li>{@code fresh32}: a blind set in the seeds' genre, written while the other helpers of stop 32 worked and kept off
 *       main until they had landed: two close cousins of the seeds and two new shapes. A 25 KB newsletter post around a
 *       translated panel (emoji headline, the author's intro with his view of the moderator, a recommendation and one
 *       panelist's line in reported speech, "Name (Moderator):" labels, two guests sharing a surname (Professor Shen Bo
 *       and CTO Shen Wanqing, "not related"), the compound surname Ouyang, an English name once used as the label "Harry
 *       Jia:", a bare "Moderator:" label, a round of self-introductions, an absent lab head relayed by the moderator,
 *       odds with the question's horizon, an online question and the author's postscript with his own odds); an English
 *       wire report (dateline lead, a US rival's launch and "The company said", a customer's figures, "First, she said
 *       ..." points, two-sentence quotations before "Lu said", a deputy "he", a rival founder's WeChat post ("writing
 *       that", "He wrote"), an analyst sharing the subject's surname, a research firm's note, a customer bank's
 *       statement, "A Zhenyu spokeswoman said", "Asked ..., Lu said" leads); and, new, a Zoom webinar's saved transcript
 *       ("[Display Name] HH:MM:SS" blocks, display names with pronouns or a company, a host account, a phone caller
 *       "[iPhone (3)]" who renames herself) followed by its chat log ("HH:MM:SS From X to Everyone:", replies,
 *       reactions, an attendee's claims), and a CART caption transcript of a university guest lecture ("&gt;&gt; DR.
 *       FERRÁNDIZ:", the instructor in capitals, "[SLIDE n: ...]" markers, a rival quoted from a slide, a former manager's
 *       rule relayed, "&gt;&gt; TA (HOLLIS):", students) (unseen at 6b336c1e: recall .943, attribution .937, type .823,
 *       topics .896 | .909, rejection .685, speakers .828;
 *       after stop 32 at c879d56c: recall .946, attribution .937, type .830, topics .896 | .909, rejection .685,
 *       speakers .828; the stop claims "I would add product people who understand a single industry deeply." and types
 *       two of this year's facts as facts; nothing else it did reached the set. Still an interjection with a colon
 *       ("Yes: I think in 2027 ...") starts a speaker "Yes" who takes the rest of the turn (5), the label "Harry Jia:"
 *       is a new person although the text says Jia Haoran goes by Harry (5), the chat log's "From X to Everyone:"
 *       headers are no turns (the attendee's claims go to the host account, 13 header lines stay claims), the wire's US
 *       rival speaks as the story's company, a founder "writing that" in a WeChat post is his company and "He wrote" the
 *       last "he", a bare "Lu" after the namesake analyst goes to him, "Asked ..., Lu said", the spokeswoman's plan and
 *       two-sentence quotations are missed, a relayed "had a rule that" stays the lecturer's, "TA (HOLLIS):" names
 *       nobody, two-sentence answers with a lead-in ("Fewer than you'd think. Of our 48 staff ...", "Twenty-five.
 *       Chips.") split under 80%, fact and opinion are confused both ways (30), and housekeeping, greetings, guest
 *       introductions in prose, Q&amp;A read-outs, banter and the caption disclaimer stay claims (62 of 197).</li>
 *   <li>{@code fresh33s}: a blind set of four close cousins of the seeds, one per seed family, written while the other
 *       helpers of stop 33 worked and kept off main until they had landed, each varied away from fresh28s and fresh32s:
 *       an internal investment memo on a founder's podcast (cousin of seed 000: "To:", "From: NAME, team, firm", "Re:"
 *       header, the guest given as "Lena Zhao (Zhao Lina)", "On topic:" headings over reported speech ("in her telling",
 *       "She put X at Y", "Her central claim is that", "by her own account"), a relayed co-founder, a "Numbers she gave"
 *       list of "70%: gloss" lines, a "Quotable" block of bare quotations with "[00:14:32]" stamps, a three-column
 *       "Her claim | How sure she sounded | Our read" table, refusals she made, the memo author's "Our take" in "We think"
 *       / "We should", follow-up questions and a disclaimer); a translated Chinese tech-media report of a keynote and a
 *       dialogue (cousin of seed 001: "Home &gt; Tech &gt; Details", "Original · Outlet · date · region", "Author |" /
 *       "Edited by |", summary relays "In X's view", "put it bluntly:", "As X sees it", "X's answer focused on",
 *       "According to her", a reported advice round joined by semicolons, "— 01 —" sections, keynote points numbered
 *       "1、", full-width colon labels, "Old Fang" and "Teacher Feng" addresses, laughter, a "Statement:" reprint notice
 *       and a 《》 reading list); an English wire report (cousin of seed 002: a correction line, two bylines and a double
 *       dateline, a lead naming only the role, Chinese-order name then surname, quotations before and after "said", "the
 *       statement said", an analyst, a US rival's chief executive and the "she" of two women, an emailed statement, a
 *       developer and a professor, a chip supplier "which said in a statement on its WeChat account", a founder's
 *       internal letter ("Ding wrote that", "He wrote"), a spokeswoman who declined, two people familiar, a city
 *       government's notice, capitalised section slugs and reporting credits); and a 22 KB newsletter post around a
 *       translated panel (cousin of seed 003: compass-emoji headline, byline and date in capitals, Share/Subscribe
 *       lines, the author's intro with his view and odds, a "Who's who" list with Chinese characters, surname-only
 *       labels ("Pan:", "Sun:") and given-name addresses ("Haoran", "Meiling"), the author's "[JK: ...]" notes inside the
 *       transcript, "§" sections, a note from an absent professor read out by the moderator, a lightning round of bare
 *       odds under questions with the horizon, "Q1 (a student from ...):" askers, the author's take after "(End of
 *       transcript.)" with an odds table and last year's record, a subscribe footer)
 *       (unseen at 3069b6c3, after one review pass of the gold that changed four entries: recall .796, attribution
 *       .922, type .772, topics .954 | .961, rejection .876, speakers .760;
 *       after stop 33 at 17833e33: recall .796, attribution .925, type .776, topics .954 | .961, rejection .876,
 *       speakers .800; the stop ties "Jinxin said" to the "Jinxin Semiconductor" named before it (one speaker more) and
 *       reads a second reported "and that she did not expect that to change next year" as a forecast with its horizon;
 *       nothing else it did reached the set.
 *       Still the documents' authors are no speakers: the newsletter's "[JK: ...]" notes and intro, the memo's "Our
 *       take" and its table column are lost (30 claims) and the newsletter's closing take goes to the moderator (8); a
 *       note read out for an absent professor stays the moderator's (3); two-sentence short answers are split under 80%
 *       (12); summary relays without a known verb of saying ("She put X at Y", "Her central claim is that", "As X sees
 *       it", "According to her", "according to a technical report") and organisations that speak in a relative clause
 *       ("X, which said in a statement ... that") or through "The notice said" / "the statement said" are missed (12);
 *       "value: gloss" lines and a timestamped block of bare quotations are lost (7); "she" resolves to the company the
 *       subject founded (5); a semicolon round of reported advice goes to its second name (2); "Qn (asker):" is no label;
 *       fact and opinion are confused both ways (31 of 64 type misses), and prefaces, refusals, banter, anecdotes and
 *       question leads merged with answers stay claims (26 of 210 non-claims)).</li>
 *   <li>{@code fresh33}: a blind set written while the other helpers of stop 33 worked and kept off main until they had
 *       landed, in four shapes no earlier set has: a House of Lords Hansard record of a Question for Short Debate (peers
 *       labelled by title and party, "Lord Penhaligon (Lab)", "The Earl of Stranmore (Con)", "The Lord Bishop of
 *       Wessex", "Lord Varma of Kingsmere (LD)", the minister labelled by his office with his title in brackets, "the noble
 *       Baroness, Lady Okonjo-Hale", "my noble friend", declarations of interest, time and column markers, "Copy link to
 *       this contribution", an intervention, a witness and an institute relayed); a WhatsApp group chat exported from
 *       Android ("DD/MM/YYYY, HH:MM - Sender: text", multi-line messages, system notices, "&lt;Media omitted&gt;", deleted
 *       and edited markers, senders shown as phone numbers and named only in the text, shortened and emoji display
 *       names tied to full names by the admin's intro, mentions, a pasted CEO quotation and company blog, a poll); a
 *       translated Zhihu question page (question details and tags, answers headed by username, a one-line bio and an
 *       upvote count, a pseudonymous analyst, a verified company account quoting its CEO, numbered headings inside an
 *       answer, comment threads with "X (Author) replied to Y" and IP-location footers, a US scientist's answer
 *       transcribed in a "&gt;" block, an anonymous answer); and the earnings call of a US-listed Chinese AI cloud
 *       company (participants lists, bare-name labels, the CEO's prepared remarks read in English by investor relations
 *       after "[Foreign Language]", his answers as "[Interpreted]" turns of an "Unidentified Company Representative",
 *       analysts translating their own questions, a president known by his English name, safe harbor and guidance)
 *       (unseen at 3069b6c3: recall .512, attribution .474, type .789, topics .822 | .829, rejection .757, speakers .412;
 *       after stop 33's planned helpers at 17833e33: the same figures, nothing they did reached the set). Gold by hand
 *       (297 claims, 226 non-claims, 34 speakers); its one review pass changed 8 types, by the seed conventions (a plan
 *       and seven plain-future "will" claims are predictions). Still the WhatsApp lines "DD/MM/YYYY, HH:MM - Sender:"
 *       are no turns (56 of 78 claims lost, the rest all the group creator's, senders shown as phone numbers never
 *       tied to the names they give), peers' labels lose "Lord" ("Penhaligon") and those with "of" or an office
 *       ("The Earl of Stranmore (Con)", "Lord Varma of Kingsmere (LD)", the minister's) are no turns (46 claims lost or
 *       given to "Earl" and "Halden Institute"), Zhihu answers whose bio is no known role and the company account yield
 *       nothing, a numbered heading ends an answerer's turn and "X (Author) replied to Y" is no label (48 lost), the
 *       CEO's remarks read in translation by investor relations go to the heading "Question-and-Answer Session" and his
 *       "[Interpreted]" answers to nobody (33, he is no speaker; "[Foreign Language]" is), pasted and transcribed
 *       quotations stay the poster's, fact and opinion are confused both ways (24 of 32 type misses), and declarations
 *       of interest, courtesies, chat system notices, upvote and IP-location footers, call hand-offs and interpreters'
 *       lines stay claims (55 of 226).</li>
 *   <li>{@code fresh34}: a blind set written at the start of stop 34, before its planned helpers landed, in four shapes
 *       no earlier set has: the phase 1 decision of a competition regulator on a chip merger (numbered paragraphs,
 *       defined terms "the Board", "the Parties" and "the Merged Entity", the parties' submissions, two witness
 *       statements, one quoted over two paragraphs, an expert report, third parties including an anonymised
 *       "Competitor A", "[✂]" redactions and ranges, a shares table, the Board's own assessment, endnotes); a
 *       translated Japanese business-magazine interview (family name first, "-san", "——" interviewer turns, surname
 *       labels, the CTO joining midway, a rival relayed in a translator's note, a profile box, photo captions, an
 *       editor's afterword); a public-consultation response (cover e-mail, form fields, numbered questions with tick
 *       boxes, the signatory's first person quoting the consultation, a minister, a lab's chief executive and a Chinese
 *       lab's scientist, an annex of members' comments opened by "From NAME, role, org:"); and a trade-show vox pop
 *       (fourteen people each introduced once on a "Name, role, Firm (what, city)" line, quotes, reports and pronouns,
 *       siblings sharing a surname, a second round under first-name labels, the organiser's figures, the reporter's
 *       own tally) (unseen at fc7db5ab: recall .928, attribution .817, type .769, topics .871 | .883, rejection .732,
 *       speakers .800). Gold by hand (360 claims, 157 non-claims, 40 speakers); its one review pass set 8 types by the
 *       seed conventions (plain-future "will" and reported "would" are predictions) and cut 23 multi-sentence snippets
 *       into sentence claims as the seeds do (as first written: recall .903, attribution .810, type .732). Still the
 *       Board's own findings ("The Board considers that ...") carry the previous paragraph's speaker (19), "From NAME,"
 *       stays in the name of an annexed comment's writer (12), an editor's afterword after photo captions stays the
 *       last interviewee's (6), a document the writer quotes ("The consultation estimates that ...") is the writer's,
 *       "the Parties" is no speaker and "submitted"/"considers" with a company as subject are no saying, a quotation
 *       reopened on a new paragraph or split by "his report says" is lost, a translator's note relaying a rival is
 *       dropped, fact and opinion are confused both ways (48 of 77 type misses), and the regulator's procedural
 *       narration, endnotes, interviewer turns without a question mark, captions and banter stay claims (42 of 157).</li>
 *   <li>{@code fresh34s}: a blind set of four close cousins of the seeds, one per seed family, written before stop 34's
 *       planned fixes landed and kept off main until they had, each varied away from fresh28s, fresh32s and fresh33s:
 *       key-takeaways notes on a founder's livestream (cousin of seed 000: a "Profile" box with the name in Western
 *       order and in characters, "Now:" / "Before:" / "Occasion:" / "Notes by:" fields, "Takeaway n — heading" sections
 *       in reported speech ("by her account", "In her account", "From that she draws a conclusion ...:", "She called
 *       X ..."), a rule relayed from her former manager, the host's pushback, "Q (viewer):" / "A:" pairs, pull quotes in
 *       "&gt;" lines with "— Ren, on ..." attributions, a "| Metric | Value | Period |" table, dated forecast bullets
 *       "By the end of 2027 — ...", refusals, the notes author's "Analyst comment (AV)" and a disclaimer); a translated
 *       Chinese tech-media report of a forum roundtable (cousin of seed 001: a "Click the blue words above to follow us"
 *       banner, "Source: | Reporter: | Editor:" line, "Published in Zhejiang", a "Guide reading:" lead, relays "said
 *       frankly", "In X's view", "X's concern lies elsewhere", "gave a more sober judgment:", "Speaking of X, Y
 *       mentioned that", "Part.0n |" sections, full-width colon labels with a full-width bracketed role on each
 *       guest's first turn and "Moderator Name：", title addresses ("President Bai", "Dean Liang", "Secretary-General
 *       Lu"), "(Editor's note: ...)", laughter, an audience member labelled by description, a one-number-for-2027
 *       round, the outlet's own "Final words", "—END—", copyright, recommended reading and a like/share/wow line); a
 *       Singapore business-paper report (cousin of seed 002: section kicker, standfirst, "Published ... · Updated ..."
 *       line, "SINGAPORE –" dateline, a Chinese-order name then "Ms Tan" without a full stop, epithets "The former Grab
 *       engineer" / "The Grab veteran", quotations across paragraphs, a company statement, a co-founder's LinkedIn post
 *       after a colon lead-in, a US rival's website and chief executive "Mr Aaron Feld" / "he", a lead investor's
 *       e-mail, a Chinese rival's written reply ("Beijing-based ..."), an analyst, a customer's statement and its
 *       operations head, a research firm's report, an earlier interview, the Government's Budget and a ministry
 *       spokesman, "The Business Tribune understands", READ MORE links and additional reporting); and a 22 KB
 *       newsletter post around a translated panel (cousin of seed 003: a telescope-emoji headline, "Name · date · n min
 *       read" byline, subscribe blurb, an "Update (date):" correction, housekeeping, the guests introduced in prose
 *       only, a warning that the surname He is no pronoun, the author's view and odds "3 in 10", TL;DR bullets naming
 *       each guest by role with the surname in brackets, honorific labels "Prof. Ruan:", "Dr. He:", "Mr. Dong:", "Ms.
 *       Lai:" and "Chair:", "(TN: ...)" notes one of which holds the author's view, an absent founder relayed, a US
 *       researcher relayed from a podcast, "From the floor (a graduate student at ...):" askers, a score-out-of-ten
 *       lightning round with the horizon in the question, the author's "What I make of it" with his numbers next to
 *       the panel's, a reader's letter relayed, disclosure and footer) (unseen at fc7db5ab, after one review pass of
 *       the gold that changed 15 entries (four snippets trimmed of a preface sentence, eleven plain-future "will"
 *       claims retyped as predictions): recall .829, attribution .777, type .797, topics .930 | .933, rejection .767,
 *       speakers .719); a second review pass cut 53 multi-sentence snippets into 79 sentence claims (27 fragments no
 *       longer annotated: bare answers "Fifty percent.", "Data.", "Today, honestly, no.", "That is fair." and ordinal
 *       leads "First, on robots.", with 3 sentences that are no claims: a wish, a quip, "I do not know yet") as
 *       fresh34's did: recall .905, attribution .758, type .803, topics .929 | .932, rejection .767, speakers .719 (the
 *       attribution fell: the sentences now found include "Dr. He:" turns given to "He" (13) and the author's take
 *       given to the chair (8)). Gold by hand (388 claims after the second pass, 172 non-claims, 32 speakers). The
 *       misses: two-sentence claims split under 80% (25 before the second pass), bare "Seven." answers of the
 *       out-of-ten round (5) and ordinal leads in the author's take ("Second, on evaluation. ...", 3), notes lines
 *       without a verb of saying, the metric table and "By 2027 — ..." bullets (14), the notes author's "Analyst
 *       comment" (3), epithets ("The former Grab engineer said"), a government, a report's "The report said" and a
 *       colon lead-in before a LinkedIn quotation (9), a vocative or "I would add one thing to what X said:" turn
 *       sentence dropped as a hand-off (2); "Dr. He:" becomes the speaker "He" (24), the author's take after the
 *       transcript and a reader's letter go to the chair (20), "A:" lines become the company "Lumen Tide", which keeps
 *       the rest of the notes (8), "The evaluator (Ruan) thinks" bullets (5), the outlet's "Final words" go to the
 *       moderator (3), "the company said" goes to the last company named (3); modal "would/could" read as forecasts
 *       (18), fact and opinion confused both ways (26), "I would like ..." and imperative advice not recommendations
 *       (12); and banter, "(TN: ...)" notes, narration of what the subject did, refusals and housekeeping stay claims
 *       (40 of 172 non-claims).</li>
 *   <li>{@code fresh35}: a blind set written at the start of stop 35, before its planned helpers landed, in four shapes
 *       no earlier set has: a Bluesky thread export (a "Display Name 🧪 (@handle) · date, time" line over each post,
 *       "1/" .. "9/9" numbering, "↳ replying to @handle" and nesting by indentation, "💬 🔁 ❤️" count lines, embedded quote
 *       posts in "│" boxes, alt text, a deleted-post placeholder, a lab's account replying, a relayed interview and an
 *       under secretary, two unrelated Kesslers, a "Quote posts" section); a broker-conference fireside in a
 *       Bloomberg-style transcript ("Company Participants" / "Other Participants", "Q - Name {BIO n &lt;GO&gt;}" and
 *       "A - Name {BIO n &lt;GO&gt;}" turn lines, the bank's disclosure and the CFO's safe harbor, CEO/CFO hand-offs, a
 *       rival's words relayed by the host, an "Unidentified Participant" and an audience member sharing the host's
 *       surname, the vendor's footer); a Substack post with its comment section (title, subtitle, bare byline, a
 *       correction note, the author's own take, quotations over two paragraphs, a rival relayed from a podcast, a pull
 *       quote, a paid transcript under "**Hollis:**"/"**Marisol:**"/"**Dev:**" first-name labels, then comments under
 *       display names, pseudonymous handles, an "Author" badge, an affiliation line, "Liked by", LIKE/REPLY chrome, the
 *       interviewee correcting herself); and a SubRip documentary file (cue numbers and timecodes, two-line cues,
 *       sentences broken across cues, caps labels only where the speaker changes, "- " dash exchanges, "OONA:"
 *       voice-over, "[ON SCREEN: ...]" lower thirds giving the full names, "LEI (through interpreter):", an archive
 *       hearing clip, companies and a utility quoted by "X says", sound tags and credits) (unseen at 58cfbd34: recall
 *       .528, attribution .444, type .737, topics .871 | .871, rejection .873, speakers .485; as first written, before
 *       its one review pass dropped 7 bare fragments ("Possible.", "Same.", "Partly, yes.") and gave 3 "X says" relays
 *       to the organisation: .520, .442, .738, .872 | .872, .873, .500). Gold by hand (324 claims, 221 non-claims, 33
 *       speakers). The misses: post headers of the thread export are no author, so 65 of 72 claims are lost; a caps
 *       label in a subtitle file claims only its own cue and sentences across cues are lost (63 of 75); the
 *       "Q - / A - Name {BIO ...}" lines are no turns, so 76 of 78 covered claims go to the host; the newsletter author's
 *       own take and a lowercase handle's comments are lost (12); a comment's affiliation line becomes its speaker (6);
 *       caps labels are not joined to the lower third's full name (6); prefaces in a questioner's turn are lost (7);
 *       fact read as opinion (22 of 45 type misses); voice-over narration, conference courtesies, the transcript footer
 *       and comment-section chrome stay claims (28 of 221).</li>
 *   <li>{@code fresh35s}: a blind set of four close cousins of the seeds, one per seed family, written at stop 35 before its
 *       planned fixes landed and kept off main until they had, each varied away from fresh28s, fresh32s, fresh33s and
 *       fresh34s: a podcast's show notes on a Korean chip founder (cousin of seed 000: "Guest: NAME (hangul), role, firm"
 *       and "Recorded ... · 1 h 52 min ·" header lines under the show's title, "(mm:ss) ..." chapter lines, numbered
 *       sections of "→" bullets in reported speech ("In Han's telling", "She put X at Y", "by her reading"), a relayed
 *       former manager, the co-host's pushback in prose, a listener's question, a "| Question | Her answer | How firm |"
 *       table, quotations ending "(at 19:02)", "For founders: ..." advice lines, what was not discussed and a
 *       disclaimer); a translated Chinese tech-media report of a keynote and a roundtable (cousin of seed 001: "Text丨
 *       Editor丨" header, key points as "●" bullets, Roman-numeral sections, a name given in English order once, relays
 *       "stated bluntly", "In his opinion", "Regarding X, Y's judgment is", "gave a set of figures:", "X's concern lies
 *       in", "reminded the audience that", "Speaking of X, Y also mentioned backstage", a keynote's "Judgment one：..."
 *       list, a chief scientist relayed inside the keynote, full-width colon labels with the moderator as "Host：",
 *       title addresses "General Manager Tian", "Dr. Ma", "Teacher Gu", laughter, a livestream viewer's question read out,
 *       a one-number round, the outlet's own after-session relay, reprint notice and 《》 reading list); a European news
 *       report (cousin of seed 002: kicker, headline, standfirst, two bylines, "Published · Updated" line, "MUNICH —"
 *       dateline, a surname with a particle "von Aschberg" / "Von Aschberg", an epithet "the physicist-turned-founder",
 *       quotations across sentences, "The Munich-based company said in a statement", a Hong Kong scientist "Kelvin Lau
 *       Chi-wing" / "Lau", an analyst "she" beside the founder "she", the European Commission's spokesperson, a US rival's
 *       blog post and its president's post on X, a customer's CTO, a sovereign fund's e-mailed statement, capitalised
 *       slugs, a photo caption, "With assistance from" and contact lines); and a 25 KB newsletter post around a
 *       translated panel (cousin of seed 003: satellite-emoji headline, "THE FAR SHORE — Issue #147 — NAME — date", the
 *       author's view and odds, a "The cast" list giving each guest's initials, initials as labels "XL:", "GYC:",
 *       "HMY:", "AW:", "PLX:", the author's "🗒 Aside:" lines inside the transcript, an English name "Kevin Gao" and a
 *       nickname "Old Huo", a US executive relayed by the moderator, an absent guest's video message as quoted
 *       paragraphs, "Audience (a founder from Guangzhou, ...):" and "Online question, read by XL:" askers, an odds
 *       lightning round in words, the author's "What I took away" and "| Question | Panel (average) | Me |" scorecard,
 *       a "Postscript:" of "Q:"/"A:" follow-ups by WeChat, reader mail, disclosure and sign-off "— N.") (unseen at
 *       58cfbd34, after one review pass of the gold that changed 55 entries (52 claim snippets lost a speaker label
 *       "XL: " / "Name：" the seeds never include, 3 bare answers "Mostly, yes.", "Ten percent.", "In five years,
 *       maybe." no longer annotated, 2 types set by the seed conventions): recall .862, attribution .805, type .748,
 *       topics .937 | .937, rejection .847, speakers .846; as first written .844, .803, .742, .936, .847, .846). Gold
 *       by hand (369 claims, 150 non-claims, 26 speakers). Still a show-notes header ("Show — Episode n show notes",
 *       "Guest: NAME, ...") makes a speaker of the show who takes the guest's reported views (19 of 22), and its table,
 *       timestamped quotations and "For X: advice" lines are lost (13); the newsletter author is no speaker: his intro,
 *       "Why this one matters" and scorecard are lost (11) and his "🗒 Aside:" lines and closing take go to the last
 *       panelist or the moderator (21); a "Postscript:" heading becomes a speaker and the follow-up "A:" goes to the
 *       moderator (7); an absent guest's video quotations stay the last panelist's (3); relays with "reminded", "called",
 *       "joked", "Asked whether ..., she said", "According to the statement", "Speaking of X, Y mentioned" and
 *       characterising leads ("X's concern lies in data.") are lost or misattributed (20); "Judgment one：..." lines are
 *       lost (3); the company's epithet is a speaker apart from the company (4); a dateline lead yields no claim; fact
 *       and opinion are confused both ways (48 of 80 type misses); and narration, show-notes chapters and header lines,
 *       hand-offs and a preface stay claims (23 of 150).</li>
 * </ul>
 * The floors sit below every set's current figures: they fail the build on a regression, not on the
 * misses each set still has (see the commit messages that added them). {@code fresh10}, {@code fresh11},
 * {@code fresh12}, {@code fresh13}, {@code fresh14}, {@code fresh15}, {@code fresh16}, {@code fresh17}, {@code fresh18}, {@code fresh19}, {@code fresh20}, {@code fresh21}, {@code fresh22}, {@code fresh23}, {@code fresh24}, {@code fresh25}, {@code fresh26}, {@code fresh27}, {@code fresh28s}, {@code fresh28}, {@code fresh29}, {@code fresh30}, {@code fresh31}, {@code fresh32s}, {@code fresh32}, {@code fresh33s}, {@code fresh33}, {@code fresh34}, {@code fresh34s}, {@code fresh35} and {@code fresh35s} have floors of their own below their unseen figures until the misses they showed are fixed; raise them as they are.
 * Topics with the model have a floor per set just under its figure: they are what the hidden documents get.
 *
 * <p>Run: {@code mvn -B -o -q -pl analysis-core test -Dtest=HeldOutEvaluationTest}
 * (add {@code -Dclaimstream.eval.claims=true} to list every extracted claim, {@code -Dclaimstream.eval.sets=a,b} to score
 * only those sets).
 */
class HeldOutEvaluationTest {

    private static final List<String> SETS = List.of("heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
            "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15",
            "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23",
            "fresh24", "fresh25", "fresh26", "fresh27", "fresh28s", "fresh28", "fresh29", "fresh30", "fresh31",
            "fresh32s", "fresh32", "fresh33s",
            "fresh33", "fresh34", "fresh34s", "fresh35", "fresh35s");

    /**
     * Each set's topics as the running stack finds them, with the model: a floor just under each figure, so that
     * what the hidden documents get cannot drop unnoticed (the lexical floors below are far looser).
     */
    private static final Map<String, Double> TOPICS_WITH_THE_MODEL = Map.ofEntries(
            Map.entry("heldout", 0.98), Map.entry("fresh", 0.95), Map.entry("fresh2", 0.94),
            Map.entry("fresh3", 0.96), Map.entry("fresh4", 0.99), Map.entry("fresh5", 0.97),
            Map.entry("fresh6", 0.95), Map.entry("fresh7", 0.95), Map.entry("fresh8", 0.94),
            Map.entry("fresh9", 0.96), Map.entry("fresh10", 0.91), Map.entry("fresh11", 0.93),
            Map.entry("fresh12", 0.94), Map.entry("fresh13", 0.91), Map.entry("fresh14", 0.95),
            Map.entry("fresh15", 0.93), Map.entry("fresh16", 0.99), Map.entry("fresh17", 0.92),
            Map.entry("fresh18", 0.97), Map.entry("fresh19", 0.88),
            Map.entry("fresh20", 0.88), Map.entry("fresh21", 0.90),
            Map.entry("fresh22", 0.94), Map.entry("fresh23", 0.97),
            Map.entry("fresh24", 0.91), Map.entry("fresh25", 0.92),
            Map.entry("fresh26", 0.92), Map.entry("fresh27", 0.92),
            Map.entry("fresh28s", 0.85), Map.entry("fresh28", 0.87),
            Map.entry("fresh29", 0.94), Map.entry("fresh30", 0.89),
            Map.entry("fresh31", 0.95), Map.entry("fresh32s", 0.91), Map.entry("fresh32", 0.90),
            Map.entry("fresh33s", 0.94), Map.entry("fresh33", 0.81),
            Map.entry("fresh34", 0.87),
            Map.entry("fresh34s", 0.93),
            Map.entry("fresh35", 0.90), Map.entry("fresh35s", 0.92));

    /** Every set under every {@link TopicSetup}, a set's two reports one after the other. */
    static Stream<Arguments> setsUnderEachTopicSetup() {
        // -Dclaimstream.eval.sets=fresh17,fresh15 scores only those sets, for a quick look while fixing one of them.
        List<String> only = List.of(System.getProperty("claimstream.eval.sets", "").split(","));
        return SETS.stream().filter(set -> only.equals(List.of("")) || only.contains(set))
                .flatMap(set -> Stream.of(TopicSetup.values()).map(topics -> Arguments.of(set, topics)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("setsUnderEachTopicSetup")
    void scoresASetWrittenForTheProject(String set, TopicSetup topics) throws Exception {
        Path gold = Path.of(HeldOutEvaluationTest.class.getResource("/heldout/" + set + ".gold.json").toURI());
        GoldEvaluation e = GoldEvaluation.run(set + ".gold.json, " + topics.label(), topics.analyzer(), gold,
                gold.getParent());
        e.print();
        if (set.equals("fresh10")) {
            e.assertAtLeast(0.99, 0.95, typeFloor(set, 0.75), topicsFloor(set, topics, 0.90), 0.99, 0.85);
        } else if (set.equals("fresh11")) {
            // a short answer now claimed ("Instrument everything.", advice to warehouses) names no topic of its own
            // and takes the question's, not the gold's "data": recall up one claim, topics down one
            e.assertAtLeast(0.94, 0.99, typeFloor(set, 0.85), topicsFloor(set, topics, 0.93), 0.98, 0.99);
        } else if (set.equals("fresh12")) {
            e.assertAtLeast(0.99, 0.99, typeFloor(set, 0.90), topicsFloor(set, topics, 0.94), 0.99, 0.99);
        } else if (set.equals("fresh13")) {
            e.assertAtLeast(0.98, 0.99, typeFloor(set, 0.75), topicsFloor(set, topics, 0.90), 0.96, 0.99);
        } else if (set.equals("fresh14")) {
            e.assertAtLeast(0.99, 0.99, typeFloor(set, 0.88), topicsFloor(set, topics, 0.94), 0.99, 0.99);
        } else if (set.equals("fresh15")) {
            e.assertAtLeast(0.99, 0.99, typeFloor(set, 0.82), topicsFloor(set, topics, 0.93), 0.99, 0.99);
        } else if (set.equals("fresh16")) {
            e.assertAtLeast(0.97, 0.99, typeFloor(set, 0.87), topicsFloor(set, topics, 0.99), 0.99, 0.99);
        } else if (set.equals("fresh17")) {
            e.assertAtLeast(0.99, 0.99, typeFloor(set, 0.90), topicsFloor(set, topics, 0.92), 0.99, 0.99);
        } else if (set.equals("fresh18")) {
            e.assertAtLeast(0.96, 0.99, typeFloor(set, 0.73), topicsFloor(set, topics, 0.97), 0.99, 0.99);
        } else if (set.equals("fresh19")) {
            e.assertAtLeast(0.98, 0.99, typeFloor(set, 0.77), topicsFloor(set, topics, 0.88), 0.99, 0.99);
        } else if (set.equals("fresh20")) {
            e.assertAtLeast(0.93, 0.99, typeFloor(set, 0.70), topicsFloor(set, topics, 0.87), 0.99, 0.99);
        } else if (set.equals("fresh21")) {
            e.assertAtLeast(0.99, 0.99, typeFloor(set, 0.79), topicsFloor(set, topics, 0.89), 0.99, 0.99);
        } else if (set.equals("fresh22")) {
            e.assertAtLeast(0.99, 0.99, typeFloor(set, 0.71), topicsFloor(set, topics, 0.94), 0.99, 0.99);
        } else if (set.equals("fresh23")) {
            e.assertAtLeast(0.99, 0.99, typeFloor(set, 0.81), topicsFloor(set, topics, 0.97), 0.99, 0.99);
        } else if (set.equals("fresh24")) {
            e.assertAtLeast(0.99, 0.99, typeFloor(set, 0.77), topicsFloor(set, topics, 0.90), 0.93, 0.99);
        } else if (set.equals("fresh25")) {
            e.assertAtLeast(0.95, 0.99, typeFloor(set, 0.79), topicsFloor(set, topics, 0.91), 0.92, 0.99);
        } else if (set.equals("fresh26")) {
            e.assertAtLeast(0.95, 0.98, typeFloor(set, 0.73), topicsFloor(set, topics, 0.92), 0.90, 0.96);
        } else if (set.equals("fresh27")) {
            e.assertAtLeast(0.88, 0.95, typeFloor(set, 0.67), topicsFloor(set, topics, 0.90), 0.81, 0.99);
        } else if (set.equals("fresh28s")) {
            e.assertAtLeast(0.93, 0.94, typeFloor(set, 0.72), topicsFloor(set, topics, 0.85), 0.91, 0.99);
        } else if (set.equals("fresh28")) {
            e.assertAtLeast(0.90, 0.99, typeFloor(set, 0.73), topicsFloor(set, topics, 0.86), 0.90, 0.99);
        } else if (set.equals("fresh29")) {
            e.assertAtLeast(0.97, 0.97, typeFloor(set, 0.74), topicsFloor(set, topics, 0.94), 0.91, 0.99);
        } else if (set.equals("fresh30")) {
            e.assertAtLeast(0.93, 0.98, typeFloor(set, 0.72), topicsFloor(set, topics, 0.88), 0.89, 0.91);
        } else if (set.equals("fresh31")) {
            e.assertAtLeast(0.96, 0.99, typeFloor(set, 0.77), topicsFloor(set, topics, 0.95), 0.94, 0.95);
        } else if (set.equals("fresh32s")) {
            // 0.12.180 (reject35: introduction rounds, the writer's checks against the source): rejection .832 -> .847
            e.assertAtLeast(0.91, 0.98, typeFloor(set, 0.71), topicsFloor(set, topics, 0.90), 0.84, 0.99);
        } else if (set.equals("fresh32")) {
            // 0.12.180 (reject35: a guest's own work in a round of introductions): rejection .782 -> .797
            e.assertAtLeast(0.95, 0.99, typeFloor(set, 0.82), topicsFloor(set, topics, 0.89), 0.79, 0.99);
        } else if (set.equals("fresh33s")) {
            // 0.12.167 (social33: chat exports, Q&A pages) and 0.12.168 (author33: the author's own voice, summary relays)
            // together; floors the lower of the two helpers' until the combined figures are recorded
            // 0.12.180 (reject35: asked clauses with an apposition or after a connective): rejection .890 -> .900
            e.assertAtLeast(0.79, 0.93, typeFloor(set, 0.77), topicsFloor(set, topics, 0.94), 0.89, 0.83);
        } else if (set.equals("fresh33")) {
            e.assertAtLeast(0.90, 0.90, typeFloor(set, 0.72), topicsFloor(set, topics, 0.80), 0.86, 0.85);
        } else if (set.equals("fresh34")) {
            // 0.12.173 (notes34: notes, captions, signatures, endnotes and footers set apart): rejection .732 -> .79; 0.12.175 (the lead: interview dashes) .790 -> .803
            // 0.12.180 (reject35: a decision's pointers to where it deals with a point): .796 -> .822
            e.assertAtLeast(0.92, 0.87, typeFloor(set, 0.76), topicsFloor(set, topics, 0.86), 0.81, 0.89);
        } else if (set.equals("fresh34s")) {
            // 0.12.173 (notes34: scores out of ten, a vocative before advice; translator's notes, chrome): recall .905 ->
            // .918, rejection .767 -> .855
            // 0.12.180 (reject35: the writer's working notes, the closing round for each guest): rejection .849 -> .866
            e.assertAtLeast(0.91, 0.96, typeFloor(set, 0.80), topicsFloor(set, topics, 0.92), 0.86, 0.74);
        } else if (set.equals("fresh35")) {
            // 0.12.179 (social35: thread exports with one-line post headers and boxed quote posts, a comment section's
            // names over dates, a newsletter's byline over "Dec 3, 2026 ∙ Paid", commenters' courtesies): recall .528 ->
            // .750, attribution .444 -> .638, speakers .485 -> .758 (bl01 recall 7 -> 70 of 72, speakers 2 -> 10 of 10);
            // 0.12.181 (subs35: subtitle voices carried over cues, dashes and on-screen names; terminal Q/A turn lines):
            // on 0.12.177 alone recall .528 -> .728, attribution .444 -> .928, topics .871 -> .903, speakers .485 -> .636;
            // both: .951/.968/.731/.906/.878/.909
            e.assertAtLeast(0.94, 0.96, typeFloor(set, 0.72), topicsFloor(set, topics, 0.90), 0.87, 0.90);
        } else if (set.equals("fresh35s")) {
            // 0.12.178 (cousins35: show notes under a "Guest:" credit line are a summary about the guest): recall .862 ->
            // .889, attribution .805 -> .866, rejection .847 -> .860, speakers .846 -> .885; 0.12.182 (cousins35: "Her answer"
            // columns, views set out one per line, "reminded ... that", "he joked"): recall .889 -> .913
            e.assertAtLeast(0.90, 0.85, typeFloor(set, 0.73), topicsFloor(set, topics, 0.92), 0.85, 0.87);
        } else {
            e.assertAtLeast(0.97, 0.95, typeFloor(set, 0.70), topicsFloor(set, topics, 0.70), 0.97, 0.90);
        }
    }

    /** Each set's claim types as issue 4 left them: a floor just under each figure (the topic model plays no part). */
    private static final Map<String, Double> TYPES = Map.ofEntries(
            Map.entry("heldout", 0.99), Map.entry("fresh", 0.95), Map.entry("fresh2", 0.99),
            Map.entry("fresh3", 0.99), Map.entry("fresh4", 0.96), Map.entry("fresh5", 0.97),
            Map.entry("fresh6", 0.97), Map.entry("fresh7", 0.95), Map.entry("fresh8", 0.97),
            Map.entry("fresh9", 0.98), Map.entry("fresh10", 0.97), Map.entry("fresh11", 0.93),
            Map.entry("fresh12", 0.94), Map.entry("fresh13", 0.93), Map.entry("fresh14", 0.97),
            Map.entry("fresh15", 0.97), Map.entry("fresh16", 0.92), Map.entry("fresh17", 0.91),
            Map.entry("fresh18", 0.86), Map.entry("fresh19", 0.86), Map.entry("fresh20", 0.89),
            Map.entry("fresh21", 0.91), Map.entry("fresh22", 0.86),
            Map.entry("fresh23", 0.86), Map.entry("fresh24", 0.87), Map.entry("fresh25", 0.82),
            Map.entry("fresh26", 0.80), Map.entry("fresh27", 0.74), Map.entry("fresh28", 0.76),
            Map.entry("fresh29", 0.79), Map.entry("fresh30", 0.73),
            Map.entry("fresh31", 0.77), Map.entry("fresh32s", 0.71), Map.entry("fresh32", 0.83),
            Map.entry("fresh33s", 0.77), Map.entry("fresh33", 0.74),
            Map.entry("fresh34", 0.76),
            Map.entry("fresh34s", 0.80),
            Map.entry("fresh35", 0.72), Map.entry("fresh35s", 0.73));

    private static double typeFloor(String set, double otherwise) {
        return TYPES.getOrDefault(set, otherwise);
    }

    /** The model changes topics only: every other measure has one floor under both setups. */
    private static double topicsFloor(String set, TopicSetup topics, double lexical) {
        return topics == TopicSetup.WITH_THE_MODEL ? TOPICS_WITH_THE_MODEL.get(set) : lexical;
    }
}
