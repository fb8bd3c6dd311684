package io.claimstream.analysis.claims;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.claimstream.analysis.predictions.ProbabilityReader;
import io.claimstream.analysis.sentences.CitationMarks;
import io.claimstream.analysis.speakers.Honorifics;
import io.claimstream.analysis.speakers.Person;
import io.claimstream.analysis.speakers.PersonRegistry;
import io.claimstream.analysis.speakers.SelfIntroductions;
import io.claimstream.analysis.text.Anywhere;
import io.claimstream.analysis.text.Token;

/**
 * Recognises what is said but claims nothing: greetings, thanks, self-introductions, questions,
 * hand-offs and announcements about the conversation itself ("Let me start with …", "These are
 * my three points"), a sentence that addresses someone by name, bare answers ("Yes."), and
 * personal anecdotes told in the past ("At that time I answered …").
 */
public final class NonClaims {

    /** The words a greeting opens with. */
    /** The words a greeting opens with, also those a guest says in the host country's language ("Konnichiwa, everyone"). */
    private static final String HELLO = "(hello|hi|hey|good (morning|afternoon|evening)|konnichiwa|ni ?hao|bonjour|hola"
            + "|guten (tag|morgen|abend)|namaste|ciao|annyeong(haseyo)?|zao ?shang ?hao|buongiorno|buenos d[ií]as|merhaba"
            + "|salaam|shalom)";
    private static final Anywhere GREETING = Anywhere.compile(
            "(?i)^(" + HELLO + "|welcome|greetings|dear)\\b.*");
    /** "Hi all, and welcome to the 3,000 of you who subscribed …": however long, a welcome. */
    private static final Anywhere GREETING_AND_WELCOME = Anywhere.compile(
            "(?i)^" + HELLO + "(,? (all|everyone|everybody|folks|friends))?,? (and )?"
            + "(welcome|thank(s| you) (all |everyone )?for (coming|joining|being|staying|having))\\b.*"
            // "Welcome to the 3,100 of you who joined last week; …": the new readers welcomed, however it goes on
            + "|(?i)^(and )?(a )?(warm |big |special )?welcome( back)?,? (also )?to (all |the )?([\\d,.]+ |new |all )?(of you"
            + "|new )?(readers|subscribers|listeners|viewers|members|of you) (who|that)\\b.*");
    /** "Welcome back to Rack Talk, the show about …": a show welcoming its audience, however it goes on. */
    private static final Anywhere WELCOME_TO_THE_SHOW = Anywhere.compile(
            "^(?i:(and )?welcome (back )?to )(the )?\\p{Lu}.*");
    /** "Hi everyone, I'm Ana Ruiz, I run …": a greeting, then the introduction. */
    private static final Anywhere INTRODUCTION_AFTER_GREETING = Anywhere.compile("(?i)^" + HELLO
            + "( (all|everyone|everybody|folks|there))?,?\\s+(" + SelfIntroductions.OWN_NAME_WORDS + ")\\s+\\p{Lu}.*");
    /** "hey all, Mira here.", "morning everyone, Mira Holt here, sorry I'm late": a chat message signed with a name. */
    private static final Anywhere SIGNED_AFTER_GREETING = Anywhere.compile("(?i)^(" + HELLO + "|morning|evening)"
            + "( (all|everyone|everybody|folks|there))?,?\\s+(?-i:\\p{Lu}[\\p{L}'’-]+)( (?-i:\\p{Lu}[\\p{L}'’-]+))? here\\b[^.;:]*[.!]*$");
    /** A show signing off: "That's the show.", "If you liked it, tell a friend", "We'll see you in two weeks." */
    private static final Anywhere SIGN_OFF = Anywhere.compile("(?i)^(.*\\b(that['’]s|that is) (the|our) (show|episode|programme|program"
            + "|broadcast|podcast)( for (today|this week|tonight))?[.!]?$|.*\\btell (a|one) friend\\b.*|(and )?(we['’]ll|we will|i['’]ll) see "
            + "(you|y['’]all) (next|in|on|then|soon|again)\\b.*"
            // a call's close: "We look forward to speaking with you again in February."
            + "|(we|i) (look|are looking|['’]re looking) forward to (speaking|talking|seeing you|updating you|meeting)"
            + "( with| to)?( you| everyone| all of you)?( again)?\\b[^;:]{0,40}[.!]?$)");
    // "Merci à vous.", "Danke schön.": thanks that translations and bilingual shows leave in the original
    private static final Anywhere THANKS = Anywhere.compile("(?i)^(thank you|thanks|many thanks|thank|merci|danke|gracias|grazie)\\b.*");
    /**
     * "Thanks to Ada and Ben for their time, and to …", "Thanks to everyone who joined": however long, an
     * acknowledgement; "Thanks to better chips, training is cheaper" names a cause and stays.
     */
    private static final Anywhere ACKNOWLEDGEMENT = Anywhere.compile("(?i)^(many |special |big |huge )?thanks (also |again )?"
            + "to\\b[^.;:]{0,100}?\\b(for (their|your|his|her|the|all|joining|reading|listening|coming|taking|being|hosting"
            // "Thanks to Lanting and Zhejiang University for hosting, and to everyone for staying so late."
            + "|organi[sz]ing|having (us|me)|inviting|staying|sponsoring|putting up with)\\b"
            // "Thanks to the forum for inviting me": thanked for doing something for the writer or the piece
            + "|for \\p{L}+ing (me|us|him|her|them|the|our|my|this|it)\\b"
            + "|(everyone|everybody|all of you|all|those|the readers|readers|listeners) (who|that)\\b"
            // "Thanks to the three of you who wrote in.": the readers who wrote, counted
            + "|(the |all )?([\\p{L}\\d,]+ )?of you (who|that)\\b).*");
    /** "But the margin is —": a sentence broken off by the next speaker asserts nothing. */
    private static final Anywhere CUT_OFF = Anywhere.compile("^.*\\S\\s*(—|–|--)\\s*$"
            // "When you say “fast enough”...": a clause that would lead into the sentence, trailing off before it
            + "|(?i)^((and|but|so),? )?(when|if|because|although|though|while|since|unless|as) [^,;:.!?]{1,60}"
            + "(\\.\\.\\.|…)\\s*$");
    /** A show's own clock: "We have to take a short break.", "When we come back, …", "Stay with us." */
    private static final Anywhere BREAK = Anywhere.compile("(?i)^(.*\\b(we['’]ll|we will|we have to|we need to|we['’]re going to"
            + "|we are going to|let['’]s|time to) (now )?(take|go to) a (short |quick |brief )?(break|pause)\\b"
            + "|(and )?(when|after) we (come|get) back\\b|after the break\\b|stay with us\\b|don['’]t go anywhere\\b).*");
    /**
     * "Let's take a quick break, and when we come back I want to talk about export rules, because …": a sentence that
     * opens on the break goes on to tease what comes after it, however long the tease.
     */
    private static final Anywhere BREAK_FIRST = Anywhere.compile("(?i)^(ok(ay)?,? |so,? |right,? |and |now,? )?(let['’]s|we['’]ll"
            + "|we will|we have to|we need to|we['’]re going to|time to) (now )?(take|go to) a (short |quick |brief )?(break|pause)"
            + "\\b.*");
    /**
     * A broadcast's tease of what comes later: "Coming up after the break, why your bill …", "Still ahead: …", "Up next,
     * …". It names a story to come, whatever it says about it.
     */
    private static final Anywhere TEASE = Anywhere.compile("(?i)^(and |but )?(still )?(coming up|up next|next up|ahead|still to come)"
            + "( next| later| tonight| this hour| after the break| on the (show|programme|program|broadcast))?\s*[,:—–-].*");
    /**
     * The host presenting the guests: "Today I have two guests who …", "This week I'm joined by …", "today i'm talking
     * with …" (captions write it in lower case), "Joining me today is …", "My guest this week is …".
     */
    private static final Anywhere GUESTS_PRESENTED = Anywhere.compile("(?i)^((so |and |ok(ay)?,? )?(today|tonight"
            + "|this (week|time|morning|evening)|on (today['’]s|this|the) (show|episode|programme|program|podcast)),? "
            + "((i have|i['’]ve got|we have|we['’]ve got) [^.;:]{0,30}\\bguests?|(i['’]m|i am|we['’]re|we are) joined by"
            + "|(i['’]m|i am|we['’]re|we are) (talking|speaking|chatting|sitting down|catching up|in conversation) (to|with)"
            + "|(my|our) guests? (is|are))"
            + "|(joining|with) (me|us) (today|tonight|this week|on the (show|podcast|programme|program)|now)"
            + "( (here )?(in the studio|on the line|from [^,;:]{1,30}))?(, (where|who|which) [^;:]{1,50},)? (is|are)"
            // "Joining me in the studio is Ada Kim, who …": where the guest sits, then who
            + "|(joining|with) (me|us) (now |here |tonight |today )?(in the studio|on the line|from [^,;:]{1,30})"
            // "Joining us from Lagos, where it is nearly midnight, is Ada Kim": where the guest is, then who
            + "(, (where|who|which) [^;:]{1,50},)? (is|are)"
            // "Today we have Ada Kim, who runs …, in the studio with us.": the guest and where they sit
            + "|(today|tonight|this (week|time)),? (i have|i['’]ve got|we have|we['’]ve got) \\p{Lu}[^;:]{1,90}"
            + " (in the studio|on the (line|show|podcast|programme|program)|with (us|me))( (today|tonight|here|now))?[.!]*$"
            // "I'm told we're getting somebody on the line who …": a guest about to join
            + "|(i['’]m told |i hear |i understand )?(we['’]re|we are) (getting|bringing in|about to get|joined by) (somebody|someone"
            + "|a (guest|caller|listener)) (on the line|in the studio|on the call)\\b"
            // "For a wider view, I'm joined now by Ada Kim, who …": a short lead-in, then the guest
            + "|([^,;:]{1,30}, )?(i['’]m|i am|we['’]re|we are) (now |also )?joined (now |here |today |tonight |in the studio )?by"
            + "|(my|our) guests? (today|tonight|this week|on the (show|podcast|programme|program)) (is|are)"
            // "He joins us now from our member station in Austin.": where the guest is on the line from
            + "|(he|she|they) (joins|join) (us|me) (now |today |tonight |here )?(from|live from|on the line from|in the studio)\\b[^;:]{0,60}$)(\\b.*|$)");
    /** A thread's numbering ("1/", "2/7") before a post: the place in the thread, not part of what is said. */
    static final Pattern THREAD_NUMBER = Pattern.compile("^\\(?\\d{1,2}/(\\d{1,2})?\\)?\\s+");
    /** Pleasantries about the occasion: "Happy to be here.", "It's a pleasure.", "This was fun." */
    private static final Anywhere PLEASANTRY = Anywhere.compile("(?i)^(i['’]m |i am |we['’]re |we are |it['’]s |"
            + "it is |so |really |very )*(happy|glad|great|good|delighted|pleased|thrilled|excited|honou?red|nice|"
            + "lovely|wonderful|a pleasure|a privilege|an honou?r|my pleasure|fun|pleasure) (to be (here|back|with you"
            + "|on the (show|podcast|panel|stage))|to (join|see|meet) (you|everyone)|being here|talking (to|with) you)"
            + "\\b.*|(?i)^(this|that|it) (was|has been|is) (fun|a pleasure|great|a great conversation|lovely|"
            + "wonderful|a privilege)[.!]*$|(?i)^(my pleasure|likewise|same here|of course)[.!]*$"
            // looking forward to the occasion: "I've been looking forward to this one."
            + "|(?i)^(and )?(i['’]ve|i have|we['’]ve|we have) been looking forward to (this|that|it|today|the (conversation|interview"
            + "|chat|show|episode|talk|panel|session))( one| conversation| chat)?( (for|all) (weeks|months|a while|days|week|month))?[.!]*$"
            // opening the floor: "Happy to take a few questions.", "I'm glad to take your questions now."
            + "|(?i)^(i['’]m |i am |i['’]d be |i would be |we['’]re |we are |we['’]d be )?(happy|glad|pleased) to (take|answer)"
            + " (a few|a couple of|some|your|any|two or three|one or two)( more| quick)? questions\\b[^;:]{0,20}$"
            // a parting wish: "And good luck with the edit.", "Safe travels home."
            + "|(?i)^(and )?(good luck|best of luck|safe travels|safe trip|enjoy the rest of)\\b.*");
    /**
     * "That was Ada Kim, who runs the grid authority.": a broadcast naming the voice just heard, after the clip;
     * who spoke is already known, so the sentence adds nothing said.
     */
    private static final Anywhere VOICE_NAMED = Anywhere.compile("^(?i:that|this) (?i:was) \\p{Lu}[\\p{L}'’.-]+"
            + "( \\p{Lu}[\\p{L}'’.-]+){0,3}(, (?i:who|the|a|an|our|head|chair) [^;:]{0,90})?[.!]*$");
    /**
     * A field reporter's sign-off: "Reporting from Lagos, I'm Ada Kim.", "I'm Ada Kim, reporting from Lagos.", "For
     * Channel 4 News, I'm Ada Kim in Lagos."
     */
    private static final Anywhere REPORTER_SIGN_OFF = Anywhere.compile("(?i)^((reporting|live|for) (from |in )?[^,;:]{1,40}, "
            + "(i['’]m|i am|this is) [^,;:]{1,40}|(i['’]m|i am|this is) [^,;:]{1,40}, (reporting|live) (from|in) [^,;:]{1,40})[.!]*$");
    /** "Ada Kim of Tidewater, thank you.": the guest thanked by name as the segment ends. */
    private static final Anywhere THANKS_AFTER_NAME = Anywhere.compile("^\\p{Lu}[^,;:]{0,60}, (?i:thank you|thanks)"
            + "(?i:( (so|very) much| again| for (joining|being|coming|your time|the|this|our|today['’]s)[^.;:]{0,40}))?[.!]*$");
    /**
     * Asking the thread or the room for input: "Before we migrate, I'd like to hear from people who did it.",
     * "We need an answer on pricing by Friday." What is wanted is still to come.
     */
    private static final Anywhere REQUEST_FOR_INPUT = Anywhere.compile("(?i)^([^;:]{0,80}, )?(i['’]d|i would|we['’]d|we would)"
            + " (really )?(love|like) to hear (from|about|what|how|whether|if|your)\\b[^;:]{0,60}$"
            // "Before the numbers, I want each of you to tell me where the gap is.": what the panel is asked to say
            + "|(?i)^([^;:]{0,40}, )?(i|we) (want|['’]d like|would like|need) (each of you|all of you|both of you|you (all|both)"
            + "|everyone|everybody|every panel+ist|each panel+ist|you)( here| on (this|the) panel)? to (tell|give|say|name|share"
            + "|answer|explain|put)\\b[^;:]{0,100}$"
            + "|(?i)^(so,? |ok(ay)?,? )?(we|i) (need|want|['’]d like|would like) (an answer|a decision|your (answer|decision|input"
            + "|views?|thoughts|feedback|sign-off))( (on|about|by|before)\\b[^;:]{0,60})?[.!]*$"
            // "the ask: one recommendation on how much we commit": what the writer wants from the readers, not a claim
            + "|(?i)^(the|my|our|one|quick|main) asks?\\s*:.*");
    /** A forum moderator's notice: "We detached this subthread from …", "Please keep it civil." */
    private static final Anywhere MODERATION = Anywhere.compile("(?i)^(we|i)(['’]ve| have)? (detached|moved|merged|split off|locked"
            + "|pinned|unpinned|retitled|re-titled|reopened|changed the title of) (this|the|that) (sub-?thread|thread|post|comment"
            + "|submission|title|question|topic)\\b[^;]{0,120}$|(?i)^please keep (it|this|the (thread|discussion|comments?"
            + "|conversation)) (substantive|civil|on[- ]topic|kind|constructive|respectful)\\b.*");
    /**
     * The small change of a live exchange: a concession that points back at the speaker ("Fair, which is why I said
     * so."), an answer to "Can you hear us?" with an apology for the line ("I can, sorry, the train is loud.").
     */
    private static final Anywhere CROSS_TALK = Anywhere.compile("(?i)^(fair( enough)?|true|granted|point taken|touch[ée]),? "
            + "(which|that)(['’]s| is) (exactly |precisely )?why (i|we) [^,;:]{0,40}$"
            // "The picture on my side is frozen, but the sound is fine.", "If my face stays frozen, please assume I am
            // agreeing.": the state of the call the speaker is on, and what to make of it
            + "|(?i)^((sorry|apologies|unfortunately|but|and),? )?(the|my|our) (picture|video|image|screen|camera|feed"
            + "|connection|line|audio|sound)( (on|at) my (side|end)| here)? (is|has|keeps|seems|went|has gone) ((to be |gone )?"
            + "(frozen|stuck|freezing|breaking up|cutting out|choppy|lagging|dark|black|blank))\\b[^;:\"“]{0,50}[.!]*$"
            + "|(?i)^if (my|the) (face|picture|video|image|screen|connection|line|feed|camera) (stays frozen|freezes|drops"
            + "|cuts out|goes (dark|black|blank|quiet)|disappears)\\b[^;:\"“]{0,60}[.!]*$"
            + "|(?i)^((yes|yeah|yep),? )?(i|we) (can|do|did|am|are|could)[,.!]? (sorry|apologies)\\b[^;:]{0,60}$"
            + "|(?i)^((yes|yeah|yep),? )?(i|we) can hear (you|us|me|everyone)( (fine|now|ok(ay)?|well|clearly))?[.!]*$"
            // "The connection in Lagos is not very stable tonight.": the line the speaker is on, now
            + "|(?i)^((sorry|apologies|unfortunately),? )?(the|my|our) (connection|line|signal|audio|sound|video|internet|wi-?fi"
            + "|bandwidth|camera|microphone|mic)( here| at my end| on my (end|side)| in [^,;:]{1,30})? (is|was|keeps|seems"
            + "|isn['’]t|has been)\\b[^;:\"“]{0,40} (today|tonight|right now|now|this (morning|evening|afternoon)|at the moment)[.!]*$"
            // "It's one in the morning here, so forgive me if I'm slow.": an apology in advance for how the speaker is
            + "|(?i)^([^;:]{1,60},? (so|and) )?(please )?(forgive|excuse|pardon) (me|us) (if|for)\\b[^;:]{0,40}$"
            // "That's why I'd like it.": the speaker's own last words pointed back to, nothing new in them
            + "|(?i)^(and |but )?(that['’]s|that is) (exactly |precisely )?why (i|we)(['’]d| would)? (like|want|love|said|say|do"
            + "|did|asked|ask|mentioned|mention) (it|that|this|them|so)[.!]*$");
    /** A short reaction to what was just said: "That is a bold number.", "Fair point." */
    private static final Anywhere REACTION = Anywhere.compile("(?i)^(that|this|it|those|these)(['’]s| is| are| was| were"
            + "| sounds? like| seems? like)"
            + " (a |an |such a )?(very |really |pretty |quite |so )?(bold|fair|great|good|interesting|big|strong|striking|"
            + "surprising|tough|hard|provocative|fascinating|excellent|remarkable|brave|ambitious|sobering)"
            + "( (number|point|claim|question|answer|prediction|idea|view|take|statement|one|thing|forecast|guess|bet)s?"
            // "That is a fascinating way to look at it.": the remark weighed as a way of seeing, nothing added
            + "| way (to|of) (look|looking|put|putting|see|seeing|think|thinking) (at |about )?(it|that|this|things))?[.!]*$"
            // "It's a fair question, and we get it from our board too.": the question weighed, and how often it is asked
            + "|(?i)^(that|this|it)(['’]s| is) a (very |really )?(fair|good|great|reasonable|legitimate|common) (question|point"
            + "|concern), and (we|i) (get|hear|ask) (it|that|this)( (a lot|often|all the time|every (day|week|quarter|year)"
            + "|from [^;:,]{1,40}))*( too| as well)?[.!]*$"
            // "That is funny and terrifying.": two bare feelings about the last remark
            + "|(?i)^(that|this|it)(['’]s| is| was) (both )?(very |really |so )?(funny|hilarious|terrifying|scary|frightening"
            + "|depressing|sad|reassuring|encouraging|wonderful|amazing|fascinating|brilliant|beautiful|horrifying|chilling)"
            + " and (very |really |so |a little |slightly )?(funny|hilarious|terrifying|scary|frightening|depressing|sad"
            + "|reassuring|encouraging|wonderful|amazing|fascinating|brilliant|beautiful|horrifying|chilling)[.!]*$"
            // "That's more cautious than I expected from a founder.": the speaker weighed against expectation
            + "|(?i)^(that|this|it)(['’]s| is| was) (a lot |much |far |a bit |even )?(more|less) [\\p{L}-]+"
            + " than (i|we) (expected|thought|hoped|feared)( from [^;:]{1,40})?[.!]*$"
            // "That's higher than I expected.": the figure just given weighed against the speaker's guess
            + "|(?i)^(that|this)(['’]s| is| was) (a lot |much |far |a bit |a little |even |slightly )?\\p{L}{2,}er"
            + " than (i|we) (expected|thought|hoped|feared|guessed)( (it to be|it would be))?[.!]*$"
            // "That is the most honest business plan I have heard this week.": the remark ranked among those heard
            + "|(?i)^(that|this|it)(['’]s| is| was) (probably |easily |by far |quite possibly )?the (most [\\p{L}-]+|best|worst"
            + "|\\p{L}{2,}est)( [\\p{L}-]+){1,3} (i|we)(['’]ve| have)( ever)? (heard|seen|read|been given)( [^;:,\"“]{1,25})?[.!]*$"
            // "That is the most optimistic thing anyone has said about failure today.": ranked among what the room heard
            + "|(?i)^(that|this|it)(['’]s| is| was) (probably |easily |by far )?the (most [\\p{L}-]+|best|worst|\\p{L}{2,}est)"
            + " (thing|answer|forecast|number|prediction|line|remark|sentence) (anyone|anybody|someone|somebody|any of you|we)"
            + " (has|have) (said|given|heard|offered)( about [^;:,\"“]{1,30})?( (today|tonight|all (day|night|week)|this (week"
            + "|year|morning|afternoon|evening)|so far|here|on this stage))?[.!]*$"
            // "That is a concrete proposal, and I hope the organisers in the room heard it.": the answer weighed, passed on
            + "|(?i)^(that|this)(['’]s| is) (a|an) (very )?(concrete|practical|specific|clear|useful|good|bold|fair|modest"
            + "|generous|honest|precise) (proposal|suggestion|answer|point|idea|offer|request|wish)(,? and (i|we) hope [^;:\"“]{1,60}"
            + " (heard|hear|listen|listened|take note|took note|noticed)\\b[^;:\"“]{0,20})?[.!]*$"
            // "That is a little depressing for the students here.": how the answer lands on some of the room
            + "|(?i)^(that|this|it)(['’]s| is| was| sounds) (a little |a bit |rather |quite |very |slightly |somewhat )?(depressing"
            + "|sobering|encouraging|reassuring|worrying|scary|good news|bad news|hard to hear) for (the |everyone |anyone |all"
            + " the |any )?([\\p{L}-]+ )?[\\p{L}-]+ (here|in the (room|audience|hall)|watching|listening|out there)[.!]*$"
            + "|(?i)^((ha|oh|ah|well|ok(ay)?),? )?(fair|good|great|interesting|excellent|tough) (point|question|answer)"
            // "Ha, great question, I walked into that.": the question praised and owned up to, no answer yet
            + "(,? (and )?i (walked|fell|stepped) (right )?into (that|this)( one)?)?[.!]*$");
    /**
     * "So what you're saying is that …", "If I understand you correctly, …", "In other words, you think …": the one
     * who asks puts the other's words back to them to confirm, which is the other's view in the asker's words and no
     * claim of the asker's.
     */
    private static final Anywhere PARAPHRASE = Anywhere.compile("(?i)^(so,? |ok(ay)?,? |right,? |and )?(what (i['’]m hearing"
            + "|i hear|you['’]re saying|you are saying|you mean)( is)?\\b|(so )?you['’]re (saying|telling (me|us))\\b"
            + "|(so )?you are (saying|telling (me|us))\\b|if i (understand|hear|heard|follow) you( correctly| right)?\\b"
            + "|in other words,? you\\b).*");
    /** An audience cue: "Let's give them a round of applause." */
    private static final Anywhere APPLAUSE = Anywhere.compile("(?i).*\\b(round of applause|give (them|him|her|it|"
            + "our \\w+( \\w+)?) a hand|\\(?(applause|laughter)\\)?[.!]*$).*");
    /** "I'd add that …", "Let me add one thing: …": what follows is the claim, the opening no hand-off. */
    private static final Anywhere ADDS_CONTENT = Anywhere.compile(
            "(?i).*\\badd\\b( (one|a|another) (more )?(thing|point|note|prediction|forecast|caveat|warning|observation)"
            + "| something)?"
            // "I would add one thing to what Ada said: …": what it is added to, before the colon that gives it
            + "( (to|on) (what|the point|that point|[\\p{L}-]+['’]s (point|remark|answer)|this)\\b[^.;:!?]{0,40}(?=:))?( that |: ?).{15,}"
            // "I would add junior programming work.", "I want to add one cost that people forget: computing.": what is
            // added is named as the object, a thing of the subject's world; "add one thing", "add a second question here",
            // "add my own", "add that to the RFC" only announce or file what comes next
            + "|(?i)^(and |but |so )?(i['’]d|i would|i want to|i['’]ll|i will|i['’]d like to|i would like to) (also )?add"
            + " (?!(?:that|this|it|to|here|myself|quickly|briefly)\\b)(?!(?:[\\w'’-]+ ){0,3}(?:things?|points?|notes?|questions?"
            + "|sentences?|words?|comments?|remarks?|something|anything|own|mine)\\b)[\\w'’-]+[^.!?;]{0,80}[.!]?$");
    /**
     * Moves for the floor in a conversation, whole sentences of a few words: "Let me finish.", "Let me push on that.",
     * "Let's move on."; with anything more ("Let me push back: …") the sentence goes on to a claim.
     */
    private static final Anywhere FLOOR_MOVE = Anywhere.compile("(?i)^(ok(ay)?,? |so,? |well,? |now,? |sorry,? |wait,? )?"
            + "(let me|let['’]s|let us|allow me to|can i|may i) (just )?\\w+( (back|in|up|on|out|over|ahead))?"
            + "( (on|to|with|at|about|into))?( (that|this|it|there|here|you|him|her|them|a bit|a little))?( (offline|later|aside))?"
            + "[.!?]*$");
    /**
     * "Last one from me: open source.", "Next question: pricing.": the chair naming the subject of the next question,
     * a bare noun phrase after the colon; "Last question: will prices fall?" asks, and a colon before a clause with
     * its verb ("One more question: who pays is the issue") goes on to say something.
     */
    private static final Anywhere NEXT_SUBJECT = Anywhere.compile("(?i)^((ok(ay)?|fair|so|right|good|great|now|and|finally"
            + "|then),? )*(the |my |our |one |a )?(last|final|next|one more|another|quick) (one|question|topic|subject|area"
            + "|theme)( (from|for) (me|you|us|everyone|all of you|each of you|the (panel|floor)))?( (then|now))?\\s*:\\s*"
            + "(?!.*\\b(is|are|was|were|will|would|should|can|could|must|has|have|had|do|does|did)\\b)"
            + "[\\p{L}\\d'’ -]{1,40}[.!]*$");
    /**
     * "One more serious topic before the fun part.", "Now the fun part.", "One question, one number each, no speeches.":
     * the chair naming the next part of the session, or its rules, in a phrase without a verb.
     */
    private static final Anywhere NEXT_PART = Anywhere.compile("(?i)^((ok(ay)?|so|right|and|now|finally|then),? )*(one more"
            + "|another|a last|one last|a final|the (last|final|next)|our (last|final|next))( [\\p{L}-]+)? (topic|question"
            + "|subject|round|segment|item|theme|part)( (before|after) (the|our|a) [^;:,\"“]{1,30})?[.!]*$"
            + "|(?i)^((ok(ay)?|so|right|and),? )?(now|next|finally|time for|on to)(,| for)? (the|our|a) ([\\p{L}-]+ )?(part|bit"
            + "|round|segment|section)[.!]*$"
            + "|(?i)^(one|a single|just one) [\\p{L}-]+( [\\p{L}-]+)?,? (and )?(one|a single|just one) [\\p{L}-]+( [\\p{L}-]+)?"
            + " each\\b[^;:\"“]{0,40}[.!]*$"
            // "One question, one number, no speeches.": the same rules without "each", in the words of a round of answers
            + "|(?i)^(one|a single|just one) (question|answer|number|word|sentence|name|guess|minute),? (and )?(one|a single"
            + "|just one) (number|word|sentence|answer|name|guess|minute|figure)(,? (and )?no [\\p{L}-]+( [\\p{L}-]+)?)?[.!]*$"
            // "Same question for everyone, and I want a number, not a speech.": one question put to the whole panel
            + "|(?i)^((and|so|now|ok(ay)?),? )?(the )?same question (for|to) (everyone|everybody|all of you|each of you|both of you"
            + "|the (whole )?panel|all)\\b[^;:\"“]{0,80}[.!]*$"
            // "Before we close, one question for each of you, and I want a number.": the closing round announced
            + "|(?i)^((finally|lastly|and|so|now|to (close|finish|end)|before we (close|finish|end|go|wrap up)),? )*(one|a"
            + " single|just one|one last|a last|a final|one more) (quick )?(question|number|word) (for|to|from) (each|every one|all|both)"
            + " of you\\b[^;:\"“]{0,80}[.!]*$"
            // "Time for numbers.", "Lightning round: I ask, you answer with a number.": the round the chair starts
            + "|(?i)^((ok(ay)?|so|and|now|right),? )?time for (some |the |a |our )?(quick |last |final )?(numbers|odds"
            + "|predictions|forecasts|bets|guesses|questions|([\\p{L}-]+ )?round)[.!]*$"
            + "|(?i)^((ok(ay)?|so|and|now|right),? )?(a |the |our )?(lightning|rapid[- ]fire|quick[- ]fire|speed|yes[- ]or[- ]no)"
            + " round(: (i ask|one (word|number|answer)|numbers? only|yes or no)[^;\"“]{0,60})?[.!]*$"
            // "Finally, please each give one keyword for 2027.", "Each guest, please give one piece of advice.": the
            // closing round asked of every member of the panel, the answers still to come
            + "|(?i)^((finally|lastly|and|so|now|to (close|finish|end)|before we (close|finish|end|go)),? )*(please,? )?(each"
            + "|every) (of you|one of you|guest|panell?ist|speaker)?,? ?(please )?(give|name|share|offer|tell us|say)( us| me"
            + "| the (audience|room))? (one|a|your|just one) ([\\p{L}-]+ ){0,3}(word|keyword|piece of advice|number|prediction"
            + "|sentence|tip|lesson|wish|message|recommendation|forecast|guess)\\b[^;:\"“]{0,80}[.!]*$");
    /**
     * "Okay, talent, one more time, because I promised a listener.": the host coming back to a subject named in a word or
     * two, the question about it still to come.
     */
    private static final Anywhere SUBJECT_AGAIN = Anywhere.compile("(?i)^(ok(ay)?|so|right|now|and|fine|alright),? [\\p{L}-]+"
            + "( [\\p{L}-]+)?, (one more time|once more|again|one last time)(,? (because|since|as) [^;:\"“]{1,50})?[.!]*$");
    /**
     * "Let me push on the pricing question, because I think we differ.": the chair keeping the room on a question, with
     * a reason about the room; the question itself is still to be answered.
     */
    private static final Anywhere STAYS_ON_A_QUESTION = Anywhere.compile("(?i)^((ok(ay)?|so|now|well|right),? )?(let me"
            + "|let['’]s|let us|i want to|i['’]d like to|i would like to) (just )?(push|press|stay|dig|drill|focus|come back"
            + "|go back|return|zoom in|linger) (back )?(on|to|into|in on|with)( the| that| this| your)?( [\\p{L}-]+){1,2}"
            + " (question|point|issue|topic|debate|subject|theme|thread|disagreement)(,? (because|since|as) (i|we)"
            + " [^;:\"“]{0,50})?[.!]*$");
    /**
     * "Before talent, one more question on data, because Dr. Ouyang mentioned training environments.", "Before the
     * numbers, one more topic that everyone at this forum has been whispering about: self-improvement.", "Speaking of
     * data, this is the question I want to ask Teacher Kang.": the chair announcing the next question by its subject;
     * "One more question is whether chips get cheaper" goes on to say it, and stays.
     */
    private static final Anywhere NEXT_QUESTION = Anywhere.compile("(?i)^((before|speaking of|on|after|and|now|so|finally)"
            + "( [^,;:\"“]{1,30})?,? )*(one more|another|a last|one last|a final|a quick|my last|my next|the next) (question"
            + "|topic|subject)( (on|about|for) [^,;:\"“]{1,30})?(,? (that|which) [^;:\"“]{0,30}\\b(everyone|everybody|people"
            + "|you|the (audience|room))\\b[^;:\"“]{0,50})?(,? (because|since|as) [^;:\"“]{1,80})?(:\\s*[^;:]{1,80})?[.!]*$"
            + "|(?i)^([^,;:\"“]{1,30}, )?(this|that|here) is (the|my) (question|one) (i|we) (want|wanted|['’]d like|would like"
            + "|have been meaning|was going) to (ask|put to)( you)?( [^;:\"“]{1,40})?[.!]*$"
            // "I want to stay on money for one more minute, because investors in the audience will not forgive me", "Let
            // me push on the comparison with the United States, because everyone in the audience wants to hear it.": the
            // subject kept for the room's sake, whatever it is and whatever the room will think
            + "|(?i)^((ok(ay)?|so|now|well|right),? )?(let me|let['’]s|let us|i want to|i['’]d like to|i would like to) (just )?"
            + "(push|press|stay|dig|drill|focus|linger|dwell) (on|with|into|in on)( [\\p{L}'’-]+){1,6}( for (a|one|another"
            + "|just one)( more)? (minute|moment|second|bit))?,? (because|since|as) [^;:\"“]{0,40}\\b(the )?(audience|room|hall"
            + "|listeners|viewers|readers)\\b[^;:\"“]{0,60}[.!]*$"
            // "Let me take one from the online audience while the mic travels.": the next question taken from the floor
            + "|(?i)^((ok(ay)?|so|now|right|and),? )?(let me|let['’]s|let us|i['’]ll|we['’]ll|i will|we will) (take|go to|grab)"
            + " (one|another|a question|one more|the next one|a quick one)( more)? (from|in) (the )?(online |virtual |remote )?"
            + "(audience|floor|room|chat|line|stream|back|front|balcony)\\b[^;:\"“]{0,50}[.!]*$"
            // "And one question from the online audience, which I'll read out.": the next question named by who sent it
            + "|(?i)^((and|now|so|finally),? )?(one|a|another|a last|one last|the next) (more )?(question|follow-up)s? from"
            + " (the )?(online |virtual |remote )?(audience|floor|room|chat|stream|viewers|listeners)\\b[^;:\"“]{0,100}[.!]*$"
            // "We have a terrific group, and my colleague Eleanor Voss will moderate.": who runs the panel
            + "|(?i)^([^;:\"“]{0,60},? and )?(my|our) (colleague|co-host|friend|fellow [\\p{L}-]+|director|editor)"
            + " (?-i:\\p{Lu}[\\p{L}'’.-]+( \\p{Lu}[\\p{L}'’.-]+){0,2}) (will|is going to|['’]ll) (moderate|chair|host|lead"
            + " (the|this|our) (discussion|conversation|panel|session))( (the|this|today['’]s) (panel|session|discussion"
            + "|conversation))?[.!]*$"
            // "Today's panel will ask whether those rules are working.": what the session is about to take up
            + "|(?i)^(today['’]s|tonight['’]s|this|our|the) (panel|session|discussion|conversation|debate|event|roundtable)"
            + "( today| tonight)? (will|is going to|['’]ll) (ask|look at|explore|discuss|examine|consider|debate|take up)"
            + " (whether|how|what|why|if|who)\\b[^;:\"“]{0,140}[.!]*$");
    /** The chair giving someone the floor: "Go ahead, Ana.", "Over to you, Ana.", "Ana, the floor is yours." */
    private static final Anywhere FLOOR_GIVEN = Anywhere.compile("(?i)^(ok(ay)?,? |sure,? |yes,? |please,? )?(before [^,;:]{1,30}, )?"
            + "(\\p{Lu}[\\p{L}'’-]+, )?(go ahead|over to you|the floor is yours|you['’]re up|you have the floor"
            // "Bethan, you had a question.": the chair calling on a member who asked for the floor
            + "|you (had|have|wanted|wished) (to ask )?(a|another|the next|one more) (question|follow-up|supplementary)"
            + "( (on|about) [^.;:]{1,30})?"
            // "Before the odds, Ana, you had the pricing question you wanted to ask.": the member's question, by its subject
            + "|you (had|have) (the|that|your) [\\p{L}-]+( [\\p{L}-]+)? (question|follow-up)( (you|that you) (wanted|meant|wished"
            + "|promised|were going) to (ask|put))?)(,? (then,? )?\\p{Lu}[\\p{L}'’-]+)?[.!]*$");
    /** Running the session: "…, so let's get started.", "Let's take one question from the floor." */
    private static final Anywhere SESSION_CUE = Anywhere.compile("(?i)^(.*[,;] )?(so,? |and |now,? )?(let['’]?s|let us|let me) ("
            + "get (started|going)|go|begin|start|dive (right )?in|kick (it |things )?off"
            // "Let's stay on chips for a minute while Dr. Mehra is here.": which subject the room keeps to
            + "|stay (on|with) [^,;:]{1,30}? for (a|one|another)( more)? (minute|moment|second|bit|little|while)\\b[^;:]{0,80}"
            // "Let me stay on open source.": the subject kept, named in a word or three and nothing said of it
            + "|stay (on|with) [\\p{L}-]+( [\\p{L}-]+){0,2}"
            + "|take (one|a|two|three|a few|some|the (first|next|last)) (more |quick |last |final )?questions?\\b.*)[.!]*$");
    /**
     * Who is asking, in the words of an audience member: "I'm a second-year master's student.", "I run a small shop
     * in Leeds."
     */
    private static final Anywhere ASKER_INTRODUCTION = Anywhere.compile("(?i)^(i['’]m|i am) (a|an) [\\p{L}\\d'’ -]{0,40}?"
            + "\\b(student|researcher|engineer|developer|founder|investor|reporter|journalist|analyst|professor|teacher"
            + "|doctor|entrepreneur|product manager|designer|scientist|candidate|undergraduate|graduate|postdoc)"
            + "( (at|from|with|in|of) [^,;:]{1,60})?[.!]*$"
            // "I run a small logistics company in Ningbo.": what the one asking does, who they are
            + "|(?i)^(i|and i) (run|own|manage|lead|started|founded|work (at|for|in)) (a|an) ([\\p{L}-]+ ){0,3}(company|firm"
            + "|startup|start-up|business|shop|factory|team|lab|studio|agency|school|clinic|hospital|restaurant|farm)"
            + "( (in|from|based in|outside|near) [^,;:]{1,30})?[.!]*$");
    /**
     * A report that an event happened ("X reported on May 3 that the Harbour AI Summit opened in Busan today.",
     * "another dialogue took place in the AI circle"): the news peg of the piece, not anyone's claim.
     */
    private static final Pattern EVENT_HAPPENED = Pattern.compile("(?i).*\\b(conference|forum|summit|expo|congress"
            + "|symposium|convention|hackathon|dialogue|roundtable|round-table|panel|ceremony|festival|fair|week|meeting)"
            + "\\b[^.;:]{0,100}?\\b(opened|opens|kicked off|kicks off|took place|takes place|was held|were held|is held"
            + "|is being held|got under way|began|closed|concluded"
            // "Lumen Summit continues through Saturday.": how long the event still runs
            + "|(continues|continue|runs|run|lasts|goes on) (through|until|till|into))\\b(?<rest>[^.;:]*)[.!]*$");
    /**
     * "Four chief executives took the stage at the Lumen Summit last week to talk about chips.": who appeared where, the
     * peg of the report; what they said there comes after it.
     */
    private static final Anywhere STAGE_TAKEN = Anywhere.compile("(?i)^[^;:\"“]{1,120}\\b(took|take|takes|shared) the stage"
            + " at (the )?[^,;:\"“]{1,60}\\b(conference|forum|summit|expo|congress|symposium|convention|festival|event"
            + "|meeting|keynote)( (last|this|on|in) [\\p{L}\\d]+( [\\p{L}\\d]+)?)?( to (talk|speak|answer questions) (about|on)"
            + " [^;:\"“]{1,100})?[.!]*$");
    /** "We include this one because it was shared 40,000 times.": why the piece carries an item, said by the piece. */
    private static final Anywhere ITEM_INCLUDED = Anywhere.compile("(?i)^(we|i)( have)? (include|included|chose|picked"
            + "|selected|flagged) (this|it|that)( one| claim| statement| post| quote)? (because|since)\\b[^;:]{0,100}$");
    /**
     * "So for those who don't know me, I'm Ana Ruiz, I run …", "first post here 👋 I'm Ana, I do infra at …": whatever
     * short lead-in comes first, a name and then what the speaker does is who is talking, not a claim.
     */
    private static final Anywhere INTRODUCTION_AFTER_PREAMBLE = Anywhere.compile("(?i)^[^.?!]{0,50}?[,\\p{So}]\\s*"
            + "(" + SelfIntroductions.OWN_NAME_WORDS + ")\\s+\\p{Lu}[\\p{L}'’-]+(\\s+\\p{Lu}[\\p{L}'’-]+){0,2},\\s*(and\\s+)?i\\s+(run|lead|do|head"
            + "|work|manage|build|oversee|look after|am|['’]m)\\b.*");
    /** "Disclosure: I advise two of them.": the speaker's interest declared, so that readers weigh what follows. */
    private static final Anywhere DISCLOSURE = Anywhere.compile("(?i)^(full |in the interest of full |usual |standard |the usual )?"
            // "Declaration of interest first: I work for a rival.", "usual disclaimer: my views, not my employer's"
            + "(disclosures?|disclaimers?|declaration of interests?|conflicts? of interest|coi)( first)?\\s*[:,\u2014-].*");
    /**
     * "I should say at the start that I speak for myself, not for the agency.", "I'm speaking only for myself here.":
     * in what capacity the speaker talks, said so that listeners weigh what follows, which claims nothing itself;
     * "I speak for myself when I say the rules failed" goes on to a view and stays.
     */
    private static final Anywhere OWN_CAPACITY = Anywhere.compile("(?i)^((so |and |but |first,? |now,? )?(i should|i must"
            + "|i have to|i need to|let me|i['’]d like to|i want to) (say|stress|note|point out|be clear|make clear)"
            + "( (at the (start|outset)|up front|first|before (i|we) (start|begin)))?( that|,|:)? )?(i['’]m |i am )?"
            + "(i )?(speak|speaking) (here |today )?(only |purely |strictly )?(for myself|in (a|my) personal capacity)"
            + "( (here|today))?(,? (and )?not (for|on behalf of) (my|our|the|any) [^;:,.]{1,50})?[.!]*$");
    /** "Quick intro for the notes: I'm Ana Ruiz, …": a short lead-in before the colon, then the introduction. */
    private static final Anywhere INTRODUCTION_AFTER_LEAD = Anywhere.compile("(?i)^(quick |brief |short )?(intro|introductions?"
            + "|intros|for the (record|notes|minutes))\\b[^:]{0,60}:\\s*(" + SelfIntroductions.NAMING_WORDS + ")\\s+\\p{Lu}.*"
            // "for the record this is Mira Holt, Quayside, in case your export shows a number": no colon needed before a full name
            + "|(?i)^for the (record|notes|minutes),?\\s+this is\\s+(?-i:\\p{Lu}[\\p{L}'’-]+(\\s+\\p{Lu}[\\p{L}'’-]+){1,2})\\b.*"
            // "Quick intros since we have new people: Mira Holt (Quayside, inference), …": who the others are, listed
            + "|(?i)^(quick |brief |short )?(intros|introductions)\\b[^:]{0,60}:\\s*(?-i:\\p{Lu}[\\p{L}'’-]+\\s+\\p{Lu}[\\p{L}'’-]+)"
            + "\\s*[(,].*");
    /**
     * "I will answer from the engineering side, since the others are from sales.", "Answering as someone who buys
     * models.": how the writer of an answer will answer, a stance still to come.
     */
    private static final Anywhere ANSWERING_FROM = Anywhere.compile("(?i)^(so,? |and |first,? )?(((i|we)(['’]ll| will| am going to"
            + "|['’]m going to| want to| would like to)|let me) answer( this| it)?|answering( this| it)?) (from|as)\\b[^.;:]{1,60}"
            + "(,? (because|since|as) [^.;:]{1,70})?[.!]*$");
    private static final Anywhere HAND_OFF = Anywhere.compile("(?i)^(so,? |ok(ay)?,? |now,? |well,? |next,? |and |with that,? |operator,? )?"
            // "Before we go to the audience, I want to ask each of you for a number.": the floor given, with its moment
            + "(before (we|i) [^,;:\"“]{1,40}, )?("
            + "(let['’]?s|let us) (start|begin|turn|move|go|hear|welcome|now|get|come|talk|continue|wrap|close|open|dive|look"
            + "|discuss|expand)"
            + "|let me (also |now |first )?(start|begin|turn|move|go|cue|follow|ask|invite|hand|pass|welcome|introduce|address|add|"
            + "talk|get|come|wrap|close|open|first|now|share|say|briefly|quickly|summari[sz]e|respond|answer|expand)"
            // "I'd ask people to judge us on results": asking the public to think something is advice, no floor given
            + "|(i['’]d|i would|i want to|i['’]ll|i will|i['’]m going to|i am going to) (like to )?(invite|ask(?! (the |our |all )?((people|readers|critics"
            + "|investors|customers|voters|regulators|policymakers|lawmakers|users|parents|public)"
            // "I would ask the regulators to fund the checking", "ask lenders to price it": others than the room's people,
            // asked to act, are advised (a name, "the panellists", "the audience" are given the floor)
            + "|(?!(panel\\w*|speakers|guests|audience|participants|delegates|members|attendees|colleagues|questioners"
            + "|callers|others|us|them)\\b)(?-i:[a-z]+s)) to)|welcome|introduce|"
            + "turn|hand|start|begin|follow|share|add|make|pass|give the floor|raise|pose)"
            + "|invite |please (?!(?:don['’]t|do not|never)\\b)|over to |back to |your turn|next,? (we|let)|we['’]ll (start|begin|move|turn)"
            + "|before the formal start|follow-?up question|one more question|a (quick|last|final) question"
            + "|i want to follow up|allow me to"
            // "With that, it is my pleasure to hand over to our CEO": the floor given, graciously
            + "|(it is|it['’]s) (my|our|a) (great |real )?(pleasure|privilege|honou?r) to (hand|turn|pass|introduce|welcome|invite"
            + "|bring|give)"
            // "Ruth will take you through the numbers": the next speaker announced, the numbers still to come
            + "|(\\p{Lu}[\\p{L}'-]+ ){1,3}will (now )?(take|walk|run|guide) (you|us|everyone) through"
            // "Astrid and Jonas will speak first, and then we will take your questions": the order of the call
            + "|(\\p{Lu}[\\p{L}'-]+ )(and \\p{Lu}[\\p{L}'-]+ )?will (speak|present|go|open) first"
            + "|with me (today|here|on the call|this (morning|afternoon|evening)) (are|is)"
            + "|(we['’]re|we are) (now )?ready (for|to take) (your |the )?(first )?questions?"
            // "That brings us to chips, the question I get most often.": the next subject, reached
            + "|(that|this|which) (brings|takes) (us|me) (on |back )?(to|onto)(?![^:]*:)"
            // "Let's have the four guests introduce themselves first."
            + "|let['’]?s have (each|every|all|both|the|our) ([\\p{L}-]+ ){0,2}(guests?|panell?ists?|speakers?|of you"
            + "|participants?))\\b.*");
    /**
     * "Before we start, I'd like each guest to introduce themselves in a sentence or two.", "Please introduce yourselves
     * briefly for the record.": the host asking for the round of introductions; "Startups introduce themselves as AI
     * companies" asks for nothing and stays.
     */
    private static final Anywhere INTRODUCTIONS_ASKED = Anywhere.compile("(?i)^[^;:\"“]{0,60}?\\b(please|i['’]d (like|ask)"
            + "|i would (like|ask)|let['’]?s have|let us have|(could|can|may|might) i ask|(can|could|would|will) you|i['’]ll ask"
            + "|i want|ask(ing)? (each|every|all|the|our|you))\\b[^;:\"“]{0,60}?\\bintroduce (themselves|yourselves|yourself)"
            + "\\b[^;:\"“]{0,160}$");
    /** Notes on the piece itself and its sign-off: "This interview has been edited for length.", "See you next week." */
    private static final Anywhere ABOUT_THE_PIECE = Anywhere.compile("(?i)^[*_]*((this|our|the) (conversation|interview|"
            + "transcript|q&a|exchange) (has been|was|is) (lightly |slightly )?(edited|condensed|translated)\\b"
            + "|(see|talk to|speak to|catch) you (next|soon|then|tomorrow|on|in)\\b"
            + "|.*\\b(you can|please|feel free to|don['’]t forget to) (subscribe|sign up|share this)\\b"
            // a show's sign-off and credits: "Subscribe wherever you get your podcasts.", "The show is produced by …"
            // "If you enjoyed it, leave us a review": the show's request, however it is put to the listener
            + "|(if you (enjoyed|liked|loved|found [^,;:]{1,20} (useful|helpful)) (it|this|that|(the|this|our|today['’]s) (show|episode"
            + "|podcast|newsletter|piece|conversation|article))?,? )?(and )?(subscribe|follow us|rate and review|leave (us )?a review)\\b"
            // "What follows is my transcription of the talk, lightly trimmed.": the piece saying what its next part is
            + "|(what follows|below|the following) is (my|our|an?|the) ([\\p{L}-]+ ){0,2}(transcription|transcript|translation"
            + "|excerpt|summary|account)\\b[^;:]{0,60}$"
            // "The transcript and links are in the show notes.": where the piece keeps its own materials
            + "|((the|a) )?(full )?(transcript|links|sources|references|notes|audio|video|slides)( and (the )?(transcript|links"
            + "|sources|references|notes|audio|video|slides))* (is|are) (all )?(in|on|linked in|linked from) (the )?(show notes"
            + "|episode notes|description|notes below)\\b[^;:]{0,20}$"
            // "Translator's note | Posted by the editors, March 30": a byline under a note's label
            + "|([^|;:]{1,40}\\| ?)?(posted|published) (by|on) [^,;:|]{1,50}(, [^;:]{0,20}\\d[^;:]{0,10})?[.!]*$"
            + "|(this|the|our) (episode|show|podcast|programme|program|series|newsletter|transcript|interview)\\b[^,;:]{0,30}"
            + "\\b(is|was) (produced|edited|mixed|engineered|recorded|presented) (by|at)\\b[^,;:]{0,60}$"
            // "Inference Hour is produced by Lena Ortiz.": the show by its own name, a title ending in what it is
            + "|(\\p{Lu}[\\p{L}'’-]*\\s){0,3}(hour|show|podcast|weekly|daily|hour|radio|live|talk|briefing|report|cast)"
            + " (is|was) (produced|edited|mixed|engineered|presented) by\\b[^,;:]{0,60}$"
            + "|(that['’]s|that is) (it|all) for (this|today|now)\\b"
            // a newsletter's footer: "Reply to this email with tips.", "You are receiving this because you subscribed."
            + "|(just )?(hit )?reply to this (email|e-mail|newsletter|message|post)\\b"
            // "Reply and tell me what I missed.", "I read every reply.": the writer asking for and reading the mail
            + "|(just |please )?(hit )?reply (and|to) (tell|let) (me|us)\\b"
            + "|(i|we) read (every|each|all|all of) (one of )?(the |your )?(reply|replies|email|emails|e-mails|comment|comments"
            + "|message|messages|letter|letters|answer|answers|response|responses)\\b"
            // "Our coverage of the keynotes is here.": where the rest of the outlet's reporting is
            + "|(our|more|the rest of our|all our|full|all of our) (coverage|reporting|stories|live ?blog|analysis|interviews?"
            + "|reviews?|recaps?) (of|from|on|about) [^;:]{1,60} (is|are|can be found|lives?) (here|below|above|available|online"
            + "|at|on our)\\b[^;:]{0,40}$"
            + "|you(['’]re| are) receiving this (email|e-mail|newsletter|message|because)\\b|.*\\bunsubscribe\\b"
            // a newsletter's own notes: "Programming note: …", "Paid subscribers get …", "I'll check back in May."
            + "|(programming|housekeeping|scheduling|editor['’]?s|editorial|administrative) note\\b"
            + "|(paid |free |premium )?(subscribers|members) (get|can|will get|receive)\\b"
            // "Signal & Silicon is free and reader-supported; paid subscribers get …": how the newsletter is paid for
            + "|[^;:]{1,40} is (free and )?(reader|listener|viewer|member|subscriber)-(supported|funded)\\b"
            // "Weekly Gradient readers get $500 in credits.", "listeners get three months free": the sponsor's offer
            + "|(\\p{Lu}[\\p{L}'’-]* ){0,3}(readers|listeners|viewers) (get|receive|can get|can claim|save) ([$€£]|\\d|a free"
            + "|free|an extra|\\p{L}+ (months?|weeks?|days?) (free|of)|up to)[^;:]{0,60}$"
            + "|(i|we)(['’]ll| will) (check|report|come) back (in|on|next|then|later)\\b[^,;:]{0,30}$"
            // "I've listened since the episode where …", "I listen to the show on my commute": the guest as the show's listener
            + "|(and |so |actually,? )?(i|i['’]ve|i have|we|we['’]ve)( been| always| long)? (listen|listened|listening|a listener"
            + "|a fan)( to)? ((the|this|your) (show|podcast|programme|program|channel|newsletter)\\b|you( two| both| guys| all)?\\b"
            + "|since (the|your) (first |very first )?episode\\b)[^;:]{0,90}$"
            // "We talked to her for three hours in late March about …": how the interview was made
            + "|(we|i) (talked|spoke|sat down) (to|with) (him|her|them|\\p{Lu}[\\p{L}'’-]+( \\p{Lu}[\\p{L}'’-]+)?) for [^;:,]{1,30}"
            + " (in|on|at|last|this|about|over)\\b.*"
            // "Below are the best exchanges, lightly edited for length.": how the piece was made
            + "|.{0,80}\\b(edited|condensed|trimmed|shortened) (by [^,;]{1,40} )?for (length|clarity|brevity|readability"
            + "|space)\\b[^,;:]{0,20}$"
            // "As told to Declan Murtagh.": who wrote down a first-person account
            + "|as[ -]told[ -]to \\p{Lu}[^,;:]{0,60}$"
            // "Here is what stuck with me.": announces what follows; "Here is why: …" goes on to say it
            + "|(so,? )?here(['’]s| is| are) (what|how|why|where|who|a few|some|the (highlights|takeaways|numbers))\\b(?!.*:)"
            // "If I may give one piece of advice:", "Let me add one warning:": a lead-in whose content follows the colon
            + "|(if i may|let me|allow me to|i['’]d like to|i would like to) (give|offer|add|share|make)\\b[^.;:!?]{0,40}:\\s*$"
            // what this issue holds and where its quotes come from: "This issue covers six forecasts …", "Where a quote
            // was spoken, we took it from the recording."
            + "|(this|today['’]s|this (week|month)['’]s) (issue|edition|episode|newsletter|piece|post|column|ledger|list|roundup"
            + "|round-up|instalment|installment) (covers|collects|looks at|rounds up|gathers|tracks|reviews|lists|brings together)\\b"
            + "|[^;]{0,80}\\bwe (took|drew|sourced|quoted|transcribed) (it|them|each|every one|the (quote|quotes|wording|words))"
            + " (from|off)\\b[^;:]{0,40}(;[^;:]{0,100})?[.!]*$).*");
    /**
     * A speaker's remark on their own repeating a point ("Ana knows I say this every year.", "You've heard me
     * say it before."): it points back at what was said and asserts nothing new.
     */
    private static final Anywhere SAYING_IT_AGAIN = Anywhere.compile("(?i)^.{0,40}\\b(i|me)\\b.{0,20}\\b(say|said|saying"
            + "|repeat|repeating|mention)\\s+(this|that|it)(\\s+(every|each)\\s+\\w+|\\s+(before|again|often|a lot"
            + "|all the time|many times))?[.!]*$"
            // "He says that to every student.", "She said it to my nephew at a wedding.": somebody's words pointed back to,
            // and to whom they keep saying them
            + "|(?i)^(and |but |yes,? )?(he|she|they|i|we) (says|say|said|tells|tell|told|keeps saying|keep saying) (that|this|it)"
            + " to (every|each|all|everyone|everybody|anyone|my|our|his|her|their|the)\\b[^;:,\"“]{0,40}[.!]*$");
    /**
     * "His advice was the opposite.", "Her answer was blunter.": the writer setting the next quotation against the last
     * one; what the advice or the answer says comes after it, and this sentence says only how it compares.
     */
    private static final Anywhere WEIGHED_AGAINST_THE_LAST = Anywhere.compile("^((?i:but|and|yet) )?((?i:his|her|their)"
            + "|\\p{Lu}[\\p{L}'’-]+['’]s?) (?i:own )?(?i:advice|answer|view|take|reply|response|verdict|message|prescription"
            + "|recommendation|forecast|prediction|estimate|guess|tone) (?i:was|is|were|came out) (?i:(almost |nearly |exactly )?"
            + "the (exact )?opposite|different|similar|much the same|simpler|blunter|shorter|starker|gloomier|rosier"
            + "|(more|less|far more|far less|much more|much less) [\\p{L}-]+)[.!]*$");
    /**
     * "Not everyone is convinced.", "Not everyone in the industry shares that view.": the writer turning to the doubters,
     * whose doubts come in the sentences after it.
     */
    private static final Anywhere DOUBTERS_NEXT = Anywhere.compile("(?i)^((but|and|yet|still),? )?not (everyone|everybody)"
            + "( here| there| else| in [^,;:]{1,40}| at [^,;:]{1,30}| on [^,;:]{1,30})? ((is|was|seems|seemed) )?(convinced"
            + "|persuaded|sold on it|agrees|agreed|shares|shared|accepts|accepted|reads|buys|bought|sees|saw)\\b[^;:]{0,70}[.!]*$");
    /**
     * "Then he added, with what the interpreter called a grin:": who speaks next and how, before the quotation it
     * introduces; with nothing said in it, the frame is no claim of its own.
     */
    private static final Anywhere FRAME_ONLY = Anywhere.compile("^((?i:then|and|but|later|finally|afterwards|at last),? )?"
            + "((?i:he|she|they)|\\p{Lu}[\\p{L}'’-]+( \\p{Lu}[\\p{L}'’-]+)?) (?i:added|said|continued|went on|replied|answered"
            + "|wrote|explained|told me|told us|put it)(,? (?i:with|in|after|before|through|via|by|over|quietly|smiling|laughing"
            + "|slowly|then|again|later|finally|grinning|drily|dryly|more|less|very|rather|almost)\\b[^;:\"“”]{0,60})?:?$");
    /** A company's safe-harbour notice ("… include forward-looking statements …"): legal boilerplate, no view. */
    private static final Anywhere DISCLAIMER = Anywhere.compile("(?i).*\\b(forward[- ]looking statements?|"
            + "actual results (may|could|might) differ materially|non-gaap (financial )?measures)\\b.*"
            // an op-ed's footer: "The views expressed are the author's own.", a show's: "Views expressed by guests are …"
            + "|(?i)^(the )?(views|opinions) expressed( by (the |our )?(guests?|speakers?|panell?ists?|contributors?"
            + "|participants?|interviewees?))?( here| in this (article|piece|column|post|episode|show|podcast))? are (those of )?"
            + "(the author['’]?s?|the writer['’]?s?|my|his|her|their)( own)?\\b.*"
            // a media site's reprint notice: "This article is original content from X.", "Please contact us to reprint."
            + "|(?i)^(this|the) (article|piece|report|story|post) (is|was) (an? )?(original|exclusive|first published"
            + "|originally published|reprinted|republished|authori[sz]ed)\\b.*"
            // "(This article is from the WeChat public account "AI Frontline", author: …)": where a reprint comes from
            + "|(?i)^(this|the) (article|piece|report|story|post) (is|was|comes) (reprinted |republished |taken |adapted )?from"
            + " (the |a )?([\\p{L}-]+ ){0,2}(account|public account|blog|newsletter|website|site|channel|column)\\b.*"
            + "|(?i).*\\b(permission to (reprint|republish|reproduce)|reprint(ed)? (with|without) permission"
            + "|all rights reserved|(indicate|cite|credit) the source|reproduction (is )?(prohibited|forbidden)"
            // "Reproduction without permission is prohibited.": the publisher's notice, however it words the permission
            + "|(reproduction|reprinting|republication|copying|redistribution) (in (whole|part|any form)[^;:]{0,20} )?(without"
            + " (prior |written |express )*(permission|consent|authori[sz]ation)[^;:]{0,30} )?(is |are )?(strictly )?(prohibited"
            + "|forbidden|not permitted))\\b.*"
            // a mail's footer: "This email and any attachments are intended only for the named recipient and …"
            + "|(?i)^(this|the) (e-?mail|message|communication)( and any (attachments?|files?)( to it)?)? (is|are|may be) (intended"
            + " (only|solely|exclusively) for|confidential|privileged|for the (sole|exclusive) use)\\b.*"
            // "She is not related to Ben Ode.": two people of one name told apart, a note for the reader
            + "|^((?i:he|she|they)|\\p{Lu}[\\p{L}'’-]+) (?i:is|are|was|were) (?i:not|no) (?i:relation|related|kin) (?i:to|of) \\p{Lu}"
            + "[^;:]{0,40}$"
            // "I am speaking for myself, not for the company", "Dr. Lu adds that he is speaking personally": in what
            // capacity a speaker speaks, which is no view
            + "|(?i)^([^,;:\"“]{1,40}? (says|adds|stresses|notes|said|added|stressed|noted) that )?(i|he|she|they)(['’]m| am|"
            + " is|['’]s| are|['’]re| was| were) (only )?speaking (only )?(for (myself|himself|herself|themselves)|personally"
            + "|in a personal capacity|in (my|his|her|their) own name)\\b[^;:]{0,80}$"
            // "I hold no positions in companies mentioned this week.": the writer's interests, declared
            + "|(?i)^[*_]*(i|we|the (author|writer|hosts?)|neither (host|author|of us)|none of (us|the hosts))( also)? (holds?|owns?"
            + "|has|have) no (positions?|shares|stakes?|financial interests?|investments?) in (any |the )?(of the )?(companies"
            + "|company|firms?|products?|stocks?)\\b[^;:]{0,60}$"
            // a reporting disclosure: "Lumen paid for the reporter's travel.", "X covered neither travel nor hotel."
            + "|(?i)^[^,;:]{1,60}\\b(paid|pays|covered|covers) (for )?(neither |none of |no |the (reporter|writer|author)['’]s |our |my )?"
            + "(travel|accommodation|flights?|hotel|lodging)\\b[^;:]{0,60}$");
    /**
     * "His students call him Doc.", "Everyone at Arclight calls him Sasha.", "And please, everyone, Tessa is fine; only my
     * mother calls me Xinyue.": the name a person goes by, which tells the reader how to read the names and nothing of
     * the subject; "Critics call him reckless" judges him and stays.
     */
    private static final Anywhere NAME_IN_USE = Anywhere.compile("^((?i:and|but|so),? )?((?i:his|her|their|my|our)"
            + " [\\p{L}-]+( [\\p{L}-]+)?|(?i:everyone|everybody|people|friends|colleagues)( (?i:at|in) [^,;:]{1,30})?|(?i:only)"
            + " (?i:my|his|her|their) [\\p{L}-]+) (?i:call|calls|called) (?i:him|her|them|me|us) \\p{Lu}[\\p{L}'’-]+"
            + "( \\p{Lu}[\\p{L}'’-]+)?( (?i:for short|too|anyway))?[.!]*$"
            + "|^((?i:and|but|so),? )?(?i:please),? ((?i:everyone|everybody|all),? )?\\p{Lu}[\\p{L}'’-]+ (?i:is fine|will do"
            + "|works)(; [^;:\"“]{1,60})?[.!]*$");
    /**
     * What a chat export writes between messages: "raj has joined the channel", "Dana left the call". Whoever
     * came or went, the line reports the room, not a view.
     */
    private static final Anywhere CHAT_NOTICE = Anywhere.compile("(?i)^(\\S+ ){0,3}(has |have )?(joined|left)"
            + " (the |this )?(channel|chat|conversation|room|call|meeting|server|group|thread|workspace|huddle)\\b[.!]*$");
    /**
     * The note on who wrote the piece: "Ana Ruiz is a technology correspondent based in Lima.", "Dana Park is a
     * contributing editor." It describes the writer's job, never the subject's.
     */
    private static final Anywhere AUTHOR_NOTE = Anywhere.compile("^[*_]*(\\p{Lu}[\\p{L}'’.-]+ ){1,3}(is|was) (a|an|the) "
            + "([\\p{L}-]+ ){0,3}(correspondent|reporter|editor|columnist|journalist|contributor|writer|staff writer"
            + "|freelancer|freelance writer|newsroom|desk|fact-checker|fact-checking (team|project|service|unit))\\b[^;:]{0,80}$");
    /**
     * "Mofang AI, one of the companies he meant, responded on Wednesday night.": that somebody answered, and when, is
     * the writer's narration; what they said comes in the sentences after it.
     */
    private static final Anywhere REPLIED = Anywhere.compile("^((the|The) )?\\p{Lu}[\\p{L}'’.-]*( \\p{Lu}[\\p{L}'’.-]*){0,3}"
            + "(, [^,;:\"“]{1,100},)? (responded|replied|answered|hit back"
            + "|fired back|reacted)((,? (on|late on|early on|by|within|in|overnight|later|quickly|swiftly|the same)"
            + "( [\\p{L}\\d]+){0,4}))?[.!]*$");
    /** "I can't name most of them.", "We don't comment on customers.": what the speaker will not say, nothing said. */
    private static final Anywhere NON_ANSWER = Anywhere.compile("(?i)^(sorry,? |well,? )?(i|we) (can['’]t|cannot|won['’]t|will not"
            + "|don['’]t|do not|am not able to|['’]m not able to|are not able to) (name|comment on|disclose|discuss|share"
            + "|talk about|go into|get into|say)\\b([^;:,]{0,30}"
            // "I can't discuss the board's decision in detail, you know how it is.": a tag after the refusal changes nothing
            + "|[^;:,]{0,40}, (you know( how it is| why| the rules)?|sorry|i['’]m afraid|unfortunately))[.!]?$"
            // a briefing room's: "I'm not going to get ahead of the readout.", "I won't characterize intelligence from
            // this podium.", "I'll leave that to the Justice Department.", "We don't have any travel to announce."
            + "|(?i)^((beyond|other than|apart from) (that|this),? |but |and |so |look,? )?(i|we)(['’]m| am|['’]re| are) not going to"
            + " (get ahead of|comment on|speculate|characteri[sz]e|preview|read out|go beyond|weigh in)\\b[^;:]{0,50}[.!]?$"
            + "|(?i)^((beyond|other than|apart from) (that|this),? |but |and |so |look,? )?(i|we) (won['’]t|will not|can['’]t"
            + "|cannot|don['’]t|do not) (characteri[sz]e|speculate|get ahead of|preview|weigh in)\\b[^;:]{0,50}[.!]?$"
            + "|(?i)^([^;:]{0,40}, so )?(i['’]ll|i will|we['’]ll|we will|i['’]d|i would) (have to )?(leave|refer) (that|this|it|you|those"
            + " questions?) to (the )?[^;:]{1,40}[.!]?$"
            + "|(?i)^(i|we) (don['’]t|do not) have (any|anything|a|an)( \\w+){0,3} (to announce|to share|to read out|for you)"
            + "( (at this time|today|right now|yet|on that|on this))?[.!]?$");

    /**
     * "You know I can't tell you that.", "It is not ready to release; I can't say more yet.", "I do not give numbers for
     * things I am working on.", "Whatever it costs us inside is between me and our finance department.": the answer
     * refused, with at most a teaser of what is held back; "I can't tell you how much cheaper it got" stresses a claim.
     */
    private static final Anywhere REFUSED = Anywhere.compile("(?i)^((you know|as you know|sorry|well|look|honestly),? )*(i|we)"
            + " (really |honestly |simply )?(can['’]t|cannot|won['’]t|will not|am not allowed to|['’]m not allowed to|am not able to"
            + "|['’]m not able to) tell you (that|this|it|yet|much|more|any more|anything( more)?|the (number|figure|name|date"
            + "|price|details))( (yet|now|today|here|on stage|publicly))?[.!]*$"
            + "|(?i)^[^;:\"“]{1,40}; (but )?(i|we) (can['’]t|cannot|won['’]t|will not) (say|tell you|share|disclose) (any |much )?"
            + "more( than that)?( (yet|now|today|for now|at this point|publicly))?[.!]*$"
            + "|(?i)^(and |but |so )?(i|we) (don['’]t|do not|never) (give|share|put|disclose|make) (numbers|figures|odds|dates"
            + "|timelines|estimates|forecasts|predictions|probabilities) (for|on|about) [^;:\"“]{1,40}[.!]*$"
            + "|(?i)^[^;:\"“]{1,60} (is|stays|remains|will stay|will remain) between (me|us) and (my|our|the) [^;:\"“]{1,40}[.!]*$");
    /**
     * "Not yet, and that is all I will say on a stage.": a bare answer, then the door closed on the rest; "I would
     * rather talk about the work than about me.": the question turned away from the speaker.
     */
    private static final Anywhere ANSWER_WITHHELD = Anywhere.compile(
            // "After that, honestly, I don't know.": the speaker's knowledge bounded, nothing said beyond it
            "(?i)^((after|beyond|past|before) (that|then|this|(19|20)\\d\\d)( point)?,? )?(honestly,? |frankly,? |to be honest,? "
            + "|truthfully,? )?(i|we) (really |honestly |simply |just )?(don['’]t|do not|can['’]t|cannot) (know|tell|say)[.!]*$"
            + "|(?i)^([\\p{L}'’]+( [\\p{L}'’]+){0,2}[,;]? (and|but) )?"
            + "(that['’]s|that is) (all|as much as|everything) (i|we)(['’]ll| will| can| am going to|['’]m going to| want to)"
            + " (say|tell you|share)\\b[^;:\"“]{0,50}[.!]?$"
            // "I do not know enough about chips.": the speaker's knowledge bounded, as a reason not to answer
            + "|(?i)^(and |but |honestly,? )?(i|we) (really |honestly |simply |just )?(don['’]t|do not) know enough( about [^;:,\"“]"
            + "{1,30})?( to (say|answer|judge|tell|comment|guess|give (a|you a) (number|figure)))?[.!]*$"
            + "|(?i)^(i|we)(['’]d| would) (much )?rather (talk|speak) about [^;:,\"“]{1,30} than (about )?(me|myself|us|ourselves"
            + "|my (life|career|background|past)|who i am)[.!]?$");
    /**
     * "A spokesperson for Polar declined to comment.", "Vantor did not respond to a request for comment.": the writer
     * reporting that somebody said nothing, which no reader could hold against them.
     */
    private static final Anywhere NO_COMMENT = Anywhere.compile("(?i)^(but |and |though |although )?([\\p{L}'’.-]+ ){1,6}("
            + "(declined|refused|would not|wouldn['’]t|did not wish|was not available|were not available) to comment"
            + "|(did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t) (immediately )?(respond|reply|responded|replied)"
            + " to (a |an |several |repeated )?(requests?|emails?|messages?|calls?|inquiries|queries) for comment"
            + "|(could not|couldn['’]t) (immediately )?be reached for comment"
            + "|(did not|didn['’]t) (immediately )?return (a |an )?(requests?|calls?|emails?|messages?) (seeking|for) comment"
            // "… though she declined to name them.": who or what is not said
            + "|(declined|refused|would not|wouldn['’]t) to (name|identify|say which|say who|disclose)( (them|him|her|it|which|who"
            + "|the \\p{L}+( \\p{L}+)?))?"
            // "She declined to name customers beyond "two of the big five".": who is not said, however long the hint
            + "|(declined|refused) to (name|identify|disclose)\\b(?![^;:]*\\b(but|saying|said|says|adding|added)\\b)[^;:]{0,90}"
            // "She did not answer the host's question about a funding round.": a question left unanswered
            + "|(did not|didn['’]t|would not|wouldn['’]t|declined to|refused to) (directly )?answer (the |a |an |my |our |his |her "
            + "|their |any |that |this )?([\\p{L}'’-]+ ){0,3}questions?\\b(?![^;:]*\\b(but|saying|said|says|adding|added)\\b)"
            // "She would not say whether the company is profitable.", "He would not say, beyond "soon".": what was asked and
            // not answered, with at most the hint given instead
            + "|(would not|wouldn['’]t|declined to|refused to|did not|didn['’]t|could not|couldn['’]t) say (whether|if|how (much"
            + "|many|long|soon)|when|who|which|what|why)\\b(?![^;:]*\\b(but|saying|said|says|adding|added)\\b)[^;:]{0,80}"
            + "|(would not|wouldn['’]t|declined to|refused to) say,? (beyond|other than|except|more than)"
            + " (?![^;:]*\\b(but|saying|said|says|adding|added)\\b)[^;:]{1,80}"
            // "Ada Kim declined to give a year.": the forecast asked for and not given
            + "|((declined|refused) to|would not|wouldn['’]t) (give|put|offer|provide|set|commit to|name|attach) (a|an|any|the)"
            + " (specific |firm |precise )?(year|date|timeline|time ?frame|number|figure|forecast|estimate|probability|percentage"
            + "|deadline|price)( (for|on|of) [^,;:]{1,30})?(?=[.!]*$)"
            // "The administration has not published a target for …": the figure a body has not given out
            + "|(has not|hasn['’]t|have not|haven['’]t|did not|didn['’]t) (yet )?(published|disclosed|released|announced"
            + "|given|set|named) (a|an|any|the|its|their) (specific |firm |precise |public )?(target|figure|number|date"
            + "|timeline|breakdown|estimate|forecast|price|deadline)( (for|on|of) [^,;:]{1,60})?(?=[.!]*$)"
            + ")\\b[^;:]{0,40}?[.!]?$");

    /**
     * "Asked about the delay, a spokesperson said only that the launch is "on track".": the writer marking the reply as
     * all that was given, a refusal to say more with a formula in it.
     */
    private static final Anywhere SAID_ONLY = Anywhere.compile("(?i)^([^;:\"“]{0,40}, )?[^;:\"“]{1,60}? (said|would say"
            + "|was willing to say|would confirm) only that\\b[^;:]{0,100}$"
            + "|(?i)^([^;:\"“]{0,40}, )?[^;:\"“]{1,60}? would only (say|confirm) that\\b[^;:]{0,100}$");

    /** Whether a clause only reports that somebody would not comment ("… declined to comment"). */
    public static boolean isNoComment(String clause) {
        return NO_COMMENT.in(clause.strip());
    }

    /** "This article appears in the December print edition.", "A version of this story ran in …": where the piece ran. */
    private static final Anywhere PUBLICATION_NOTE = Anywhere.compile("(?i)^[*_]*((a version of )?(this|the) (article|story|piece"
            + "|interview|essay|feature|profile|report|column) (also )?(appears|appeared|ran|runs|was published|is published"
            + "|was originally published|will appear) (in|on|under)\\b[^;:]{0,80}$"
            // a correction under the piece: "Correction, June 3: An earlier version of this article misspelled …"
            + "|((corrections?|clarifications?|updates?)\\b[^:.]{0,40}:\\s*)?(an|the) (earlier|previous|original) version of"
            + " this (article|story|piece|report|post|fact[- ]check|issue|edition|newsletter|episode|column|essay|interview"
            + "|letter|transcript)\\b.*)");
    /**
     * The rest of a reported question, which stays one as long as no answer follows it: "Analysts asked whether it would
     * ship, and Ada Kim said it would" goes on to a claim, as does the speaker's own answer to a supposed question ("If a
     * student asked me what to study, I'd say statistics.").
     */
    private static final String QUESTION_ANSWERED_AFTER = "(?!.*\\b(said|says|replied|answered|responded|told|added"
            + "|insisted)\\b)(?!.*\\b(i['’]d|i would|i['’]ll|i will|we['’]d|we would) (say|tell|answer|reply)\\b)[^;:]{0,140}[.?]*$";
    /**
     * "The first buyer we met asked why anyone would want it.", "Two analysts asked whether the plant would open": a
     * question somebody put, told in indirect speech; it asks, and what it takes for granted is nobody's claim.
     */
    private static final Anywhere QUESTION_REPORTED = Anywhere.compile("(?i)^([^\"“,;:]{0,50}, )?[^\"“,;:]{1,60}?"
            + " (asked|wondered|wanted to know)( (me|us|him|her|them))? (why|whether|if|how|what|when|who)\\b"
            + QUESTION_ANSWERED_AFTER
            // "There's a question in the chat from Ana, she asks whether prices will fall.", "The first one asks whether open
            // weights are dangerous.": a question read out as it is put, in the present, the asker named before it
            + "|(?i)^([^\"“,;:]{0,80}, ){0,2}[^\"“,;:]{0,60}?\\b(asks|asking|wonders|wondering|wants to know|is asking)"
            + "( (me|us|him|her|them|you|the panel))? (why|whether|if|how|what|when|who)\\b"
            + QUESTION_ANSWERED_AFTER);
    /**
     * What the speaker is about to do, announced with a reason that jokes about it: "Let me give you some numbers,
     * because I'm a chemist.", "That said, I will make a few predictions, because you expect them." The numbers and
     * the predictions are the claims that follow.
     */
    private static final Anywhere ANNOUNCED = Anywhere.compile("(?i)^((so|now|and|but|that said|with that|first|next|finally),? )*"
            + "(let me|allow me to|i['’]ll|i will|i['’]m going to|i am going to|i want to|i['’]d like to|i would like to)"
            + " (now |also |first |just |quickly |briefly )?(give you|make|offer|share|tell you|walk you through|show you"
            + "|read you|venture) (some|a few|a couple of|two|three|four|five|my|one|a) (quick |brief |bold |more )?(numbers|figures"
            + "|predictions?|forecasts?|guess(es)?|points?|thoughts|observations?|stories|story|examples?|pieces of advice"
            + "|statistics|stats|data points|things|confession)(,? (because|since|as|if)\\b[^;:]{0,80}"
            // "I will also make a prediction, and you may write it down.": the listener told to note what is coming
            + "|,? (and|so) (you|everyone) (can|may|could|should|might|are welcome to) (write|note|quote|hold)\\b[^;:]{0,40})?[.!]*$"
            // "I will give you the honest version.": which version of the answer is coming, the answer still to come
            + "|(?i)^((so|now|and|but|well|ok(ay)?),? )*(let me|i['’]ll|i will|i['’]m going to|i am going to|i can)"
            + " (just )?(give you|tell you|offer you|offer) (the|my) ([\\p{L}-]+ )?(version|answer|take|account)( first)?[.!]*$"
            // "I will add something that is a little sad.": what is added announced by what it is like
            + "|(?i)^((so|now|and|but|well),? )*(let me|i['’]ll|i will|i want to|i['’]d like to|i would like to|i have to)"
            + " (also |just )?(add|say|tell you|confess|admit) something( (that is|that['’]s|which is|that may be|that might be))?"
            + " (a little |a bit |slightly |rather |quite |very |more |less |maybe |perhaps )?[\\p{L}-]+[.!]*$"
            // "I will answer, since it is my field.": who takes the question, and why them
            + "|(?i)^((so|ok(ay)?|well|then|fine),? )?(i['’]ll|i will|i can|let me)( try to)? (answer|take)( (that|this|it|that one"
            + "|this one|the question))?( first)?(,? (since|because|as) [^;:\"“]{1,40})?[.!]*$"
            + "|(?i)^(so,? |and |now,? )?here(['’]s| is) (my|the|a) (first|second|third|next|last|final|one|other)? ?"
            + "(piece of advice|prediction|point|lesson|story|confession)[.:!]*$");
    /**
     * A small request of the one spoken to, about the speaker themselves: "Send me the slides when they're ready.",
     * "Don't tell my boss." It asks for something, it claims nothing; "Ask your vendor for its error rate" advises.
     */
    private static final Anywhere ASKED_OF_THE_LISTENER = Anywhere.compile("(?i)^(and |so |oh,? |well,? |please,? )?(please )?"
            + "(don['’]t |do not |never )?(send|tell|give|show|email|e-mail|call|ping|text|forward|remind|mail) (me|us|my)\\b"
            + "[^;:,]{0,45}[.!]*$");
    /** A ceremony's cues to the room: "Graduates, please rise.", "Please be seated.", "Everyone, please stand." */
    private static final Anywhere CEREMONY_CUE = Anywhere.compile("(?i)^([\\p{L}'’ -]{1,40}, )?(please |will you |would you )"
            + "(all )?(rise|stand( up)?|be seated|sit( down)?|take your seats|remain (seated|standing)|join me in\\b[^;:]{0,60})[.!?]*$");
    /**
     * "Reached by phone, Ada Kim stood by her forecast.": that somebody kept to what they had said, told by the writer;
     * what they said again comes in the sentences after it.
     */
    private static final Anywhere STANCE_KEPT = Anywhere.compile("(?i)^([^;:,]{1,50}, )?[^;:,]{1,50}? (maintained|stood by|stuck"
            + " to|stuck by|held to|kept to|reiterated|repeated|defended) (his|her|their|its) (position|view|views|stance"
            + "|remarks|comments|claim|claims|statement|prediction|forecast|estimate|account)( on [^;:,]{1,30})?[.!]*$");
    /**
     * "Near the end of my visit, I asked Caldwell whether she worried about building too much.": the writer's question
     * told in indirect speech, what is asked and not yet answered.
     */
    private static final Anywhere QUESTION_PUT = Anywhere.compile("(?i)^([^\"“,;]{0,50}, ){0,2}(i|we) (asked|put it to|wanted to know"
            + " from) [^\"“;:]{0,40}?\\b(whether|if|why|how|what|when|who)\\b[^\"“;:]{0,120}[.?]$"
            // "Before I left Oslo, I asked them both about pricing.": the subject put to them, their answers still to come
            + "|(?i)^([^\"“,;]{0,50}, ){0,2}(i|we) asked [^\"“;:,]{1,40}? about [^\"“;:,]{1,60}[.]$"
            // "I told her what Dr. Moss had said, that …", "I put her figures to Ada.": one's words carried to the other
            + "|(?i)^([^\"“,;]{0,50}, ){0,2}(i|we) (told|read|showed) (him|her|them|\\p{Lu}[\\p{L}'’-]+) what [^\"“;:]{1,60}?"
            + " (had )?(said|told (me|us)|written|wrote|claimed|predicted|argued)\\b[^\"“;:]{0,120}[.]$"
            + "|(?i)^([^\"“,;]{0,50}, ){0,2}(i|we) put (his|her|their|these|those|the|my|our) (numbers|figures|estimates?"
            + "|forecasts?|points?|arguments?|criticisms?|objections?|questions?|claims?) to [\\p{Lu}][^\"“;:,]{0,40}[.]$"
            // "The woman who runs the mill agreed to show us round.", "She does not usually talk to journalists.": the
            // access the reporter was given, the story of the reporting, no claim on its subject
            + "|(?i)^[^\"“;:]{1,80}?\\b(agreed|offered) to (walk|show|take|meet|talk to|speak (to|with)|sit down with)"
            + " (me|us)( (through|round|around))?[^\"“;:]{0,40}[.]$"
            + "|(?i)^[^\"“;:]{1,80}?\\b(does not usually|doesn['’]t usually|do not usually|don['’]t usually|rarely|seldom"
            + "|never|declined to|refused to) (talk|speak|give interviews) (to|with) (western |foreign |local )?(journalists"
            + "|reporters|the press|the media|film crews)[.]$"
            // "When I asked Ada the same question, her answer was shorter.": the asking told, the answer still to come
            + "|(?i)^(when|after) (i|we) asked [^,;:\"“]{1,40}, (his|her|their) (answer|reply|response) was [\\p{L}-]+"
            + "( [\\p{L}-]+){0,2}[.!]*$"
            // "…, she asked him three questions.": questions counted, what they asked told after it
            + "|(?i)^[^\"“;:]{0,120}\\b(asked|put to) (him|her|them|me|us|each other) (one|two|three|four|five|a few|several"
            + "|some|many|the same) (more |further |follow-up |simple |hard |pointed )?questions?[.!]*$");
    /**
     * A chore promised to the room: "I'll write up the notes tonight", "we'll circulate the deck", "will report
     * back". It says what someone will do about the conversation, not about the world.
     */
    private static final Anywhere ERRAND = Anywhere.compile("(?i)^(\\W+ )?(ok(ay)?,? |sure,? |will do,? |agreed,? |good (point|catch),? )?(i|we)(['’]ll| will"
            + "|['’]m going to| am going to|['’]re going to| are going to)"
            + " (write (it |this |that )?up|write to (you|them|the (committee|witness|witnesses|panel))|circulate"
            + "|send (round|around|over|out)|send (you|it|them|the)|share (the|my|our)"
            + " (notes|deck|slides|link|doc|draft)|follow up|report back|loop back|get back to"
            // "Agreed, I'll add that to the RFC.": an edit promised to the document under discussion
            + "|(add|put|fold|write) (that|this|it) (in)?to the (rfc|proposal|doc|document|draft|pr|issue|spec|notes|readme|faq)"
            // "ok I'm going to rerun at 8-bit and post numbers friday": the room will hear the results later
            + "|((re-?run|re-?test|retry|try)( [^\\s;:]+){0,4} and )?(post|share|report) (the |my |our |some |new )?"
            + "(numbers|results|figures)(?=( (here|later|tonight|tomorrow|soon|\\w+day|on \\w+day|next week|this week))?[.!]*$))"
            + "\\b[^;:]{0,60}$");
    /**
     * A witness keeping an answer to what a source says: "I can only tell you what the audit found." points to the
     * answer that follows and claims nothing itself.
     */
    private static final Anywhere ANSWER_LIMITED = Anywhere.compile("(?i)^(well,? |look,? )?(i|we) can only (tell you|say|speak to"
            + "|repeat|go by) what [^,;:]{1,60}[.]*$"
            // "I can't comment on this one at all, sorry everyone.": a refusal, and nothing else
            + "|(?i)^(sorry,? |unfortunately,? )?(i|we) (can['’]t|cannot|won['’]t|will not|am not able to|['’]m not able to) "
            + "(comment|talk|say anything) (on|about) (this|that|it|these|those)( one| ones| report| question)?( at all| yet"
            + "| publicly)?(,? sorry( everyone| all)?)?[.!]*$");

    /** The thread mark a post's author puts after the thread's title. */
    private static final String THREAD_MARK = "\uD83E\uDDF5";

    /**
     * A thread's opener: "Some numbers, and what I'd do differently 🧵" titles the posts that follow, as a heading
     * does; its head is a noun phrase with no verb before its comma or its "what"/"how"/"why", while "Our pager
     * alerts grew by half 🧵" states something under the same mark.
     */
    private static boolean threadOpener(String s, List<Token> tokens) {
        if (!s.strip().endsWith(THREAD_MARK) || s.length() > 120) {
            return false;
        }
        for (Token t : tokens) {
            if (t.text().equals(",") || t.lower().matches("what|how|why|where|when|and")) {
                return true;
            }
            if (t.isVerbal()) {
                return false;
            }
        }
        return true;
    }

    private static final Anywhere DISCOURSE = Anywhere.compile("(?i)^(so |and |but )?((these|those) are my|"
            + "(that|this)['’]?s? (is )?(my|the) (first|second|third|fourth|last|final|main|two|three|answer|point|"
            + "observation|thought|view|question)|that['’]s (all|it)( from me)?|"
            + "i have (two|three|four|five|a few|several|some) (major |main |key )?(points|observations|thoughts|"
            + "questions|comments|things)|i['’]ll make (two|three|four|a few) points|"
            + "i['’]d like to share (two|three|four|a few|some) (points|observations|thoughts)|"
            // "I will explain three points.", "We want to cover two things today.": what the talk will hold, counted
            + "(i|we)(['’]ll| will| want to| would like to| am going to|['’]m going to| are going to|['’]re going to) (now )?"
            + "(make|explain|cover|raise|discuss|address|focus on|talk about|go through) (two|three|four|five|a few|several)"
            + " (main |key |quick )?(points|things|topics|issues|areas|questions|observations)( (today|this (morning|afternoon)"
            + "|briefly))?[.!:]*$|"
            // "The third point is software.": the next of the announced points named, what it says still to come
            + "the (first|second|third|fourth|fifth|next|last|final) (point|topic|theme|subject) is (about )?(the |our |my )?"
            + "(?!(important|key|crucial|critical|simple|hard|easy|clear|obvious|true|wrong|right|different|harder|easier)\\b)"
            + "[\\p{L}-]+( [\\p{L}-]+)?[.!]*$|"
            // "I know some of you will ask about politics, so let me answer before you do.": a question foreseen
            + "(i know|i expect|i suspect|i['’]m sure|i am sure)( that)? (some of you|many of you|you|someone|somebody|people)"
            + " (will|want to|would like to|are going to|may|might) ask (me )?(about|whether|if|why|how|what)\\b[^;:]{0,40}"
            + "(, (so|and) (let me|i will|i['’]ll|allow me to) [^;:]{1,40})?[.!]*$|"
            + "next comes|(i think )?(now |thirdly |next |first |finally )?(we|i) (can|could|will|should|want to) "
            + "(now |also |then )?(discuss|expand on|talk about|be more specific|move on|turn to|come back to|go deeper)|"
            + "(this|that) (is|involves) (a|an|our|my) [\\w\\s-]{0,30}(question|thinking|topic)\\b|"
            + "we['’]re (almost |nearly |running )?out of time|we are (almost |nearly |running )?out of time).*");
    /**
     * "I said at the top that the panel was too optimistic.": the writer recalling what their own piece said at its
     * opening, where the view was claimed, before saying why; however long, it claims nothing new.
     */
    private static final Anywhere OWN_OPENING_RECALLED = Anywhere.compile("(?i)^(and |so |but )?(i|we) (said|wrote"
            + "|argued|suggested|promised|claimed) (at the top|above|at the start|at the outset|in the introduction"
            + "|earlier in this (piece|post|newsletter|note|memo))\\b.*");
    /**
     * A talk's signposts and housekeeping: "Now, a word about world models." announces a subject, "We have a few
     * minutes for questions." runs the session; with a colon the sentence goes on to say something, so it stays.
     */
    private static final Anywhere SIGNPOST = Anywhere.compile("(?i)^(so,? |and |but |now,? |next,? |finally,? )*("
            // "Two things from the vendor side.", "A few notes on pricing:": what is about to be said, counted
            + "(one|two|three|four|a few|a couple of) (quick )?(things|points|notes|updates|concerns|questions|thoughts)"
            + "( (from|on|about|before) [^.;:]{1,40})?"
            // "A few thoughts, and then my own numbers.": the next part of the piece named after the count
            + "(,? and then (my|our|the|a|some) ([\\p{L}-]+ ){0,2}[\\p{L}-]+)?[.:]*$|"
            // "A few things stood out to me, reading the transcript again.": the writer's list announced
            + "(a few|a couple of|two|three|four|five|several|some) (things|points|moments|remarks|exchanges) (stood|stand)"
            + " out( to me| to us| for me)?(,? [^.;:]{1,60})?[.:]*$|"
            // a reply's opening: "Happy to answer both points.", "Glad to clarify."
            + "(happy|glad|pleased) to (answer|clarify|explain|help|elaborate)( (both|all|your|these|those|the|each|"
            + "some) [^.;:]{0,30})?[.!]*$|"
            // "I also want to be direct about one risk.": how the writer will speak next, the risk itself still to come
            + "((i|we) (also |now )?(want|would like|need) to be|let me be|allow me to be) (direct|clear|honest|candid|frank"
            + "|upfront|open|transparent|blunt|brief|careful|precise)( (about|on|with you about) [^.;:]{1,40})?[.]*$|"
            // "I will be brief, because I know you are waiting.": how long the speaker will take, and why
            + "(i|we)(['’]ll| will| shall| am going to|['’]m going to) (try to )?(be (brief|quick|short)|keep (it|this|my remarks)"
            + " (short|brief))(,? (because|since|as|so) [^.;:]{1,60})?[.!]*$|"
            + "(a|one) (quick |brief |short |final |last )?(word|note) (about|on)\\b"
            // a chat's "one more thing on pricing since …", "last thing from me before bed", "update on our evals since
            // people asked": what the writer is about to post, announced
            + "|one (more|last) (quick )?(thing|point)\\b|(the )?last thing from (me|us)\\b"
            + "|(an? |quick |small |short )*update on [^.;:]{1,40}? (since|as|because) (people|you|some of you|someone|folks"
            + "|everyone|a few people|several people) (asked|wanted)\\b"
            // "Here is the script I used, if anyone wants to reproduce:": what follows the colon is shown, not said
            + "|(here is|here['’]s|here are|below is|below are) (the|my|our|a|an|some)\\b[^.;!?]{0,80}:$"
            // "Here is how my numbers compare:", "Here is why.": what comes next, announced
            + "|(here is|here['’]s|here are) (how|why|what|where)\\b[^.;!?]{0,60}[.:]?$"
            // "I explain why at the end.", "I'll come back to this below.": where in the piece the writer will say it
            + "|(i|we)(['’]ll| will| shall)? (explain|return to|come back to|get to|say more about|expand on|discuss|go"
            + " into)( (why|how|this|that|it|them|the (reasons?|details)))? (at the end|below|later|further down|in the next"
            + " (section|part)|after the transcript|at the bottom)[.!]*$"
            + "|(a )?(few|couple of) (quick |brief )?words (about|on)\\b"
            + "|(moving|turning) on to\\b|on to (the|my) (next|last|final) (point|topic|slide|part)"
            + "|(we|i) (have|still have) (about |around |roughly |maybe |only |just )?(a few|some|a couple of|\\w+) minutes( left)?"
            + " (for|to take) (your |some |a few )?questions"
            + "|(i['’]m|i am|we['’]re|we are|i['’]d be|we['’]d be) (happy|glad) to take (your |some |a few )?questions"
            + "|(i|we)['’]ll (now |gladly )?take (your |some |a few )?questions"
            + "|(we|i) (still )?(have|['’]ve got|have got) (the )?(time|room) for (a few|a couple of|one|two|three|some|one more"
            + "|a last|one last|a final|\\w+ more) (more |quick |short |last )?questions?)(?!.*:).*");
    /**
     * "The committee rejects this argument, for the reasons set out below.", "The court deals with these objections at
     * paragraphs 18 to 20 below.", "Each concern is answered under the relevant heading below.": a formal document
     * pointing from a point already made to the part of itself where it is dealt with. What it decides is said there;
     * a reply that answers first ("No, with one exception set out below.") names no point and stays.
     */
    private static final Anywhere CROSS_REFERENCE = Anywhere.compile("(?i)^[^;:\"“]{0,60}?\\b(this|that|these|those|each"
            + "|every|both)( [\\p{L}'’-]+)? (submissions?|arguments?|points?|issues?|questions?|concerns?|objections?"
            + "|proposals?|allegations?|counterfactual|evidence)\\b[^;:\"“]{0,50}?\\b(set out|explained|addressed|discussed"
            + "|considered|summari[sz]ed|assessed|dealt with|covered|answered|into account|at paragraphs? \\d+((,| to| and)"
            + " \\d+)*)( [^;:\"“]{0,40}?)? (below|above)[.]*$");
    /** ", so let me ask about hiring": what the host spends the time left on, a subject still to come. */
    private static final String WHAT_THE_TIME_IS_FOR = "(,? (so|and) (let me|let['’]s|let us|i['’]ll|i['’]d like to|i want to"
            + "|we['’]ll|i['’]m going to) [^;:\"“]{1,80})";
    /**
     * The clock of a session, said in passing: "Sorry to jump in, we have about two minutes left.", "We've got
     * five minutes remaining." It runs the conversation and claims nothing.
     */
    private static final Anywhere TIME_LEFT = Anywhere.compile("(?i)^.{0,40}?\\b(we|you)( still)? (have|['’]ve got|have got|"
            + "['’]ve) (only |just |about |roughly |maybe |around )?(a few|a couple of|one|two|three|four|five|ten|\\d+|"
            + "\\w+) (more )?(minutes?|seconds?)( (left|remaining|to go))?" + WHAT_THE_TIME_IS_FOR + "?[.!]*$");
    /** "We are almost out of time.", "On that note, we're out of time, so let me ask for one number each." */
    private static final Anywhere OUT_OF_TIME = Anywhere.compile("(?i)^.{0,40}?\\b(we|i)(['’]re| are)( (almost|nearly|just"
            + " about|now|already|basically|pretty much))? (out of|running out of|running short of|short of|short on) time"
            + WHAT_THE_TIME_IS_FOR + "?[.!]*$");
    /**
     * The procedure of a formal sitting (hearings, parliaments, councils, boards): opening and closing it,
     * giving and yielding the floor, the record kept. "The committee will come to order.", "Senator Roe,
     * you are recognized for five minutes.", "Without objection, so ordered.", "I yield back."
     */
    private static final Anywhere PROCEDURE = Anywhere.compile("(?i)^(the |this )?(\\w+ )?(committee|subcommittee|"
            + "hearing|meeting|session|house|senate|council|board|chamber|sitting|panel) (will|shall|is going to) "
            + "(now )?(come|be called) to order\\b.*"
            + "|.*\\b(is|are|stands|was|were|will be|will now be) (hereby |now )?(adjourned|in recess|recessed)\\b.*"
            // "I now recognize the ranking member", never "I recognize that costs fell": the floor given to someone
            + "|^(i|the chair) (now |will now |shall now |will |am pleased to |['’]m pleased to )?recogni[sz]es? "
            + "(myself|the (ranking|distinguished|gentleman|gentlewoman|gentlelady|senator|member|chair|witness|next)"
            + "|(senator|representative|rep\\.|mr\\.|mrs\\.|ms\\.|dr\\.|chair|chairman|chairwoman|ranking member"
            + "|madam|congressman|congresswoman|councillor|councilmember) )\\b.*"
            + "|.*\\b(you are|you['’]re|(s?he|they) (is|are)) (now )?recognized for\\b.*"
            + "|^without objection\\b.*"
            + "|^(i|the (gentleman|gentlewoman|gentlelady|senator|member|member['’]s)) (now )?yields?"
            + " (back|the (balance|remainder)|(my|his|her|their) time|to)\\b.*"
            + "|^(my|the (gentleman['’]s|gentlewoman['’]s|gentlelady['’]s|senator['’]s|member['’]s)|your) time"
            + " (has|is) (expired|up)\\b.*"
            + "|^(the )?(hearing |meeting |committee |official )?record will (remain|be kept|stay|be held) open\\b.*"
            + "|^\\[?whereupon\\b.*"
            // a sitting suspended for a vote elsewhere: "There is a division in the House.", "We will suspend for ten
            // minutes.", "Sitting suspended.", "The hearing resumed at 11.40 a.m."
            + "|^(i am afraid |i['’]m afraid |i think )?(there is|there['’]s) a (division|vote|recorded vote|roll[- ]call( vote)?)"
            + "( (in|on) the (house|floor|chamber|senate|commons|lords))?[.!]*$"
            + "|^(we|the (committee|hearing|meeting|sitting)|i) (will|shall|must|are going to|have to|now) (now )?(suspend|adjourn"
            + "|recess|resume)( (the|this) (sitting|meeting|hearing|session|proceedings))?( (for|until|till) [^;:]{1,30})?[.!]*$"
            + "|^(the )?(sitting|meeting|hearing|session|proceedings|committee) (was |were |is |are |stands )?(suspended|resumed"
            + "|adjourned)\\b[^;:]{0,60}$"
            // a meeting's minutes: its votes, resolutions and action items, and the chair putting the question
            + "|^vote:.*|.*\\b\\d+ in favou?r\\b[^;:]{0,20}\\b\\d+ against\\b.*|^(motion )?carried[.!]*$"
            + "|^resolved\\b[,:].*|^action items? [^:;]{0,40}:.*"
            + "|.*\\b(question|matter|motion|proposal|item|amendment) be put to (a |the )?vote\\b.*"
            + "|^[^,;:]{1,40} introduced the (item|agenda item|discussion|session|motion)\\b[^;:]{0,80}$");
    /** Thanks in the first person: "I thank our witnesses for their testimony.", "We want to thank Ada." */
    private static final Anywhere FIRST_PERSON_THANKS = Anywhere.compile(
            "(?i)^(i|we) (also |again |now )?(would like to |want to |wish to |must )?thank\\b.*");
    /**
     * "I know this is the last session of three days, so thank you for staying.": the room thanked for being there,
     * after what makes it kind of them.
     */
    private static final Anywhere THANKED_FOR_BEING_THERE = Anywhere.compile("(?i)^[^;:\"“]{1,80},? (so|and) (thank you|thanks)"
            + " (all |everyone |both )?(so much |very much )?for (staying|coming|being here|joining|having me|having us|waiting"
            + "|your patience|sticking (around|with us))\\b[^;:\"“]{0,30}[.!]*$");
    /**
     * "I am grateful to everyone who wrote, including those who disagreed.": thanks to the readers or the room, however
     * long; "I am grateful that prices fell" says something and stays.
     */
    private static final Anywhere GRATEFUL = Anywhere.compile("(?i)^((and|but|first|finally|again),? )?(i|we)(['’]m| am|['’]re"
            + "| are| remain)? (very |so |deeply |truly |really |most |also )?grateful (to|for) (everyone|everybody|all (of )?(you"
            + "|those|the)|those|each of you|you all|the (many |hundreds of |dozens of )?(readers|listeners|viewers|people|members"
            + "|colleagues) (who|that))\\b.*");
    /**
     * "We would be glad to explain our figures to your columnist.": an offer to say more later, which says nothing yet.
     */
    private static final Anywhere OFFER = Anywhere.compile("(?i)^((and|but|as always|of course),? )?(we|i)(['’]d| would| will"
            + "| remain| are| am|['’]re|['’]m) (always |also |of course |more than )?(be )?(glad|happy|pleased|delighted|willing)"
            + " to (explain|discuss|share|walk|brief|talk|show|meet|go through|clarify|answer)\\b[^;:]{0,80}[.!]*$");
    private static final Anywhere ANECDOTE_TIME = Anywhere.compile("(?i).*\\b(at that time|back then|i once|we once|"
            + "in the past (two|three|few|couple of) (days|weeks)|yesterday|last (week|night|month)|"
            + "when i was|i remember|i recall|i still remember|i particularly remember)\\b.*");
    private static final Anywhere VIEW_MARKER = Anywhere.compile("(?i).*\\b(i think|i believe|in my (view|opinion)|"
            // "I also think small labs copy too fast": the view marked all the same
            + "(i|we) (also|still|really|genuinely|honestly|strongly|do) (think|believe)|"
            // "My surprise is that price stopped being the problem.", "What keeps me awake is memory": what the speaker
            // was asked to name (a surprise, a worry, a bet), named as theirs
            + "(my|our) (biggest |main |one |big |real )?(surprise|worry|fear|concern|hope|bet)( this year)? (is|was|has been)|"
            + "what (keeps|kept|has kept|has been keeping|surprised|has surprised|worries|worried) (me|us)|"
            + "i feel|should|will|must|i expect|i predict|my view|i['’]m (quite |very )?(optimistic|pessimistic|"
            + "positive|worried|confident))\\b.*");

    /**
     * "I think he is half right.", "In my view she is mostly wrong.": a marked view that weighs how far
     * somebody else's argument holds is a stance on it, though its words are light; a bare "You're right"
     * of a conversation stays a reply.
     */
    private static final Pattern JUDGES_SOMEONE = Pattern.compile("(?i)^(i (think|believe|suspect)|in my (view|opinion),?)"
            + " (he|she|they)(['’]s| is| are|['’]re) (half|partly|partially|mostly|largely|only partly|only half)"
            + " (right|wrong|correct|mistaken)\\W*$");

    /**
     * "The Gradient Descent is produced by Marlow Audio.", "This episode was edited by Ana Ruiz.": a show's credits,
     * set off in italics or naming the show as what was made; "The chips are produced by TSMC" stays a claim.
     */
    private static final Anywhere CREDITS = Anywhere.compile("^(?:[*_](?![*_])[^.;:]{0,60}?|(?i:[^.;:]{0,40}?\\b(?:show|podcast"
            + "|episode|programme|program|newsletter|series|transcript|broadcast)\\b[^.;:]{0,30}?)) (?i:is|was|are|were)"
            + " (?i:produced|edited|mixed|engineered|hosted|presented|recorded)( (?i:and|&) \\p{Ll}+)? (?i:by) \\p{Lu}.*"
            // "Two Tokens In is produced by Ada Kim and edited by Ben Ode.": two jobs credited, whatever the show is called
            + "|^[^.;:]{1,60}? (?i:is|was|are|were) (?i:produced|edited|mixed|engineered|hosted|presented|recorded) (?i:by)"
            + " \\p{Lu}[^.;:]{0,40}?,? (?i:and) (?i:produced|edited|mixed|engineered|hosted|presented|recorded|scored) (?i:by)"
            + " \\p{Lu}.*"
            // "*Build Mode Live is a production of Lattice Ventures.*"
            + "|^[*_](?![*_])[^.;:]{0,60}? (?i:is|was) (?i:a|an) ([\\p{L}-]+ )?(?i:production|co-production) (?i:of|from|by) \\p{Lu}.*");

    private final PersonRegistry registry;

    public NonClaims(PersonRegistry registry) {
        this.registry = registry;
    }

    /** "(laughs)", "[Applause]" closing a sentence: the transcriber's note of the room. */
    private static final Pattern STAGE_NOTE = Pattern.compile("(?i)(?<=\\S)(\\s*[(\\[](laughs?|laughter|applause|chuckles?"
            + "|smiles?|pauses?|sighs?|crosstalk|inaudible)[)\\]])+\\s*$");

    /**
     * {@code II. "THE MONTH WE RAN OUT"}, {@code 3. WHAT CAME NEXT}: a numbered line in capitals is a section heading
     * that the layout left inside the text, a title over what follows.
     */
    private static final Anywhere NUMBERED_HEADING = Anywhere.compile("^(?:[IVXLC]{1,7}[.):]|\\d{1,2}(?:\\.\\d{1,2})*[.):]?)"
            + "\\s+[\"“'‘]?[\\p{Lu}\\d][\\p{Lu}\\d\\s'’,:;&!?—–-]*[\\p{Lu}\\d!?][\"”'’]?$");

    /**
     * {@code §1 Robots leave the lab}, {@code § 4½ People}: a line numbered with the section sign is a section's title in
     * whatever case, as long as it is a line of a few words that ends no sentence.
     */
    private static final Anywhere SECTION_SIGN_HEADING = Anywhere.compile("^§ ?\\d{1,2}(?:\\.\\d{1,2})*[½¼¾]?[.):]?"
            + "\\s+[\\p{L}\\d\"“'‘][^.!?;]{0,70}$");

    /** Whether the line, as the document lays it out, is a numbered heading in capitals or a section-sign heading. */
    static boolean isNumberedHeading(String line) {
        String s = line.strip();
        return (NUMBERED_HEADING.in(s) || SECTION_SIGN_HEADING.in(s)) && s.split("\\s+").length >= 2;
    }

    /** Why the sentence is not a claim, or null when it may be one. */
    public String reason(String sentence, List<Token> tokens, Person speaker) {
        return reason(sentence, tokens, speaker, false);
    }

    /** @param fragment a table row or list item, which asserts in a few words and addresses nobody */
    public String reason(String sentence, List<Token> tokens, Person speaker, boolean fragment) {
        return reason(sentence, tokens, speaker, fragment, false);
    }

    /**
     * @param reported the sentence reports someone's words with a frame outside any turn, so a name
     *                 opening it ("Dr. Ana Lima, a researcher, said …") is its subject, not someone addressed
     */
    public String reason(String sentence, List<Token> tokens, Person speaker, boolean fragment, boolean reported) {
        if (bracketedNote(sentence.strip())) {
            return "editor's note";
        }
        if (StageDirections.isDirection(sentence)) {
            return "stage direction";
        }
        // captions and wrapped mail break a sentence across lines: the breaks are layout, not words
        String s = THREAD_NUMBER.matcher(withoutOpeningQuotes(sentence.strip())).replaceFirst("");
        s = WHITE_SPACE_RUN.matcher(s).replaceAll(" ");
        // "… than about me. (laughs)": what the transcript notes of the room after the words is no part of them
        s = STAGE_NOTE.matcher(s).replaceFirst("");
        // "… in 2024.[9][citation needed]": a reference work's marks point to its sources and say nothing themselves
        s = CitationMarks.without(s);
        // "My Lords, I declare my interests …": the chair addressed first, then the courtesy or the claim itself
        s = ChamberCourtesies.withoutAddress(s);
        String courtesy = ChamberCourtesies.reason(s);
        if (courtesy != null) {
            return courtesy;
        }
        String procedure = CallProcedure.reason(s);
        if (procedure != null) {
            return procedure;
        }
        long words = tokens.stream().filter(Token::isWord).count();
        if (GREETING.in(s) && (words <= 10 || GREETING_AND_WELCOME.in(s)) || WELCOME_TO_THE_SHOW.in(s) && words <= 20) {
            return "greeting";
        }
        if (SIGN_OFF.in(s) && words <= 20) {
            return "sign-off";
        }
        if (THANKS.in(s) && (words <= 8 || !s.toLowerCase(Locale.ROOT).startsWith("thanks to"))
                || FIRST_PERSON_THANKS.in(s) && words <= 14 || ACKNOWLEDGEMENT.in(s) || GRATEFUL.in(s)
                || THANKED_FOR_BEING_THERE.in(s) && words <= 24) {
            return "thanks";
        }
        if (CUT_OFF.in(s) && words <= 8) {
            return "cut off";
        }
        if (BREAK.in(s) && (words <= 16 || BREAK_FIRST.in(s) && words <= 30) || GUESTS_PRESENTED.in(s) || TEASE.in(s)
                || BroadcastLinks.linksThePieces(s)) {
            return "hand-off";
        }
        if (VOICE_NAMED.in(s) || REPORTER_SIGN_OFF.in(s)) {
            return "sign-off";
        }
        if (THANKS_AFTER_NAME.in(s) && words <= 12) {
            return "thanks";
        }
        if (REQUEST_FOR_INPUT.in(s) && !marksAView(s)) {
            return "request";
        }
        if (MODERATION.in(s)) {
            return "moderation";
        }
        if (MakingOfNotes.describesTheDocument(s) || LegalBoilerplate.isBoilerplate(s)) {
            return "metadata";
        }
        if (Careers.toldAsCareer(s)) {
            return "biography";
        }
        if (EventNarration.narratesTheRoom(s) || EventNarration.saidInJest(s)
                || EventNarration.recordsTheRoomOrTheBacking(s)) {
            return "narration";
        }
        if (RoomTalk.aboutTheOccasion(s) && words <= 24 || PanelBanter.aboutThePanel(s)
                || CommentCourtesies.betweenCommenters(s)) {
            return "banter";
        }
        if (PageChrome.aboutThePage(s)) {
            return "about the page";
        }
        if (ANNOUNCED.in(s) || ASKED_OF_THE_LISTENER.in(s) && words <= 9 || CEREMONY_CUE.in(s)) {
            return "hand-off";
        }
        if (Prefaces.announcesTheNextRemark(s)) {
            return "preface";
        }
        if (STANCE_KEPT.in(s) || EventNarration.reactsOnly(s) || StoryEvents.toldAsStory(s, registry)) {
            return "narration";
        }
        if (CROSS_TALK.in(s) && words <= 14) {
            return "cross-talk";
        }
        if (PROCEDURE.in(s) || RunningOrder.runsTheEvent(s)) {
            return "procedure";
        }
        if (SelfIntroductions.opensWithOne(s) && introducesAName(tokens) && !sidesWithSomeone(s) || INTRODUCTION_AFTER_LEAD.in(s)
                || SIGNED_AFTER_GREETING.in(s) && words <= 12
                || INTRODUCTION_AFTER_GREETING.in(s) && (words <= 16 || words <= 26 && !marksAView(s)) || INTRODUCTION_AFTER_PREAMBLE.in(s) && words <= 30) {
            return "self-introduction";
        }
        if (DISCLOSURE.in(s) && words <= 30) {
            return "disclosure";
        }
        if (OWN_CAPACITY.in(s)) {
            return "disclosure";
        }
        if (PLEASANTRY.in(s) && words <= 12) {
            return "pleasantry";
        }
        if (REACTION.in(s)) {
            return "reaction";
        }
        if (PARAPHRASE.in(s)) {
            return "paraphrase";
        }
        if (APPLAUSE.in(s) && words <= 14) {
            return "audience cue";
        }
        if (HAND_OFF.in(s) && !ADDS_CONTENT.in(s) || INTRODUCTIONS_ASKED.in(s)
                || FLOOR_MOVE.in(s) && words <= 6 || SESSION_CUE.in(s) || FLOOR_GIVEN.in(s)
                || NEXT_SUBJECT.in(s) || NEXT_PART.in(s) || SUBJECT_AGAIN.in(s) || STAYS_ON_A_QUESTION.in(s) && !marksAView(s)
                || NEXT_QUESTION.in(s)) {
            return "hand-off";
        }
        if (ASKER_INTRODUCTION.in(s) && words <= 14) {
            return "self-introduction";
        }
        if (eventHappened(s) && !marksAView(s) || EventNarration.hostedAConversation(s) || STAGE_TAKEN.in(s)) {
            return "news peg";
        }
        if (DISCLAIMER.in(s)) {
            return "disclaimer";
        }
        if (CREDITS.in(s) || CREDITS.in(sentence.strip())) { // the credits' own italics are part of their shape
            return "credits";
        }
        if (NAME_IN_USE.in(s)) {
            return "naming";
        }
        if (CHAT_NOTICE.in(s) && words <= 8) {
            return "chat notice";
        }
        if (AUTHOR_NOTE.in(s)) {
            return "about the author";
        }
        if (NON_ANSWER.in(s) && words <= 14 || REFUSED.in(s) && words <= 20 || ANSWER_WITHHELD.in(s) && words <= 24 || NO_COMMENT.in(s) && words <= 20 || SAID_ONLY.in(s) && words <= 30) {
            return "non-answer";
        }
        if (REPLIED.in(s)) {
            return "news peg";
        }
        if (PUBLICATION_NOTE.in(s)) {
            return "about the piece";
        }
        if (QUESTION_PUT.in(s) || QUESTION_REPORTED.in(s)) {
            return "question put";
        }
        if (ERRAND.in(s) && words <= 16 || OFFER.in(s)) {
            return "hand-off";
        }
        if (ABOUT_THE_PIECE.in(s) || ITEM_INCLUDED.in(s)) {
            return "about the piece";
        }
        if (SAYING_IT_AGAIN.in(s)) {
            return "aside";
        }
        if (WEIGHED_AGAINST_THE_LAST.in(s) || DOUBTERS_NEXT.in(s) || FRAME_ONLY.in(s)) {
            return "lead-in";
        }
        if (DISCOURSE.in(s)) {
            return "about the conversation";
        }
        if (OWN_OPENING_RECALLED.in(s)) {
            return "signpost";
        }
        if (SIGNPOST.in(s) && words <= 14 || threadOpener(s, tokens) || ANSWERING_FROM.in(s) && words <= 26
                || CROSS_REFERENCE.in(s)) {
            return "signpost";
        }
        if (ANSWER_LIMITED.in(s)) {
            return "non-answer";
        }
        if (TIME_LEFT.in(s) && words <= 18 || OUT_OF_TIME.in(s) && words <= 18) {
            return "signpost";
        }
        if (FloorCalls.givesTheFloor(s)) {
            return "hand-off";
        }
        if (Rejoinders.weighsTheLastRemark(s)) {
            return "rejoinder";
        }
        if (PERSON_PRESENTED.in(s) && tokens.stream().noneMatch(t -> t.isVerbal() || t.is("NUM"))) {
            return "introduction";
        }
        if (fragment) {
            return null;
        }
        if (!reported && addressesSomeone(tokens, speaker)) {
            return "addresses someone";
        }
        if ((words < 3 || words < 6 && tokens.stream().noneMatch(Token::isVerbal) && !contractedFigure(tokens))
                && !BARE_ODDS.in(s) && !BARE_HORIZON.in(s) && !answerForARespect(s)) {
            return "too short to assert";
        }
        if (firstPersonPast(s, tokens) && !REPORTED_FINDING.in(s) || !reported && (Stories.toldOfTheSpeaker(s) || Stories.aboutTheFamily(s))) {
            return "anecdote";
        }
        if (!substantive(tokens) && !JUDGES_SOMEONE.matcher(s.strip()).matches() && !BARE_ODDS.in(s)
                && !BARE_HORIZON.in(s)) {
            return "says nothing specific";
        }
        return null;
    }

    private static final Pattern WHITE_SPACE_RUN = Pattern.compile("\\s+");

    /**
     * "Ada Kim, co-founder and chief executive of Tidewater.": a name and what the person does, with no verb, is a
     * caption or a header's line presenting them; a sentence about them needs a predicate.
     */
    private static final Anywhere PERSON_PRESENTED = Anywhere.compile("^((?i:dr|prof|mr|mrs|ms)\\.? )?(\\p{Lu}[\\p{L}'’.-]+ ){0,3}"
            + "\\p{Lu}[\\p{L}'’.-]+, ([\\p{L}'’&-]+ ){0,6}?(?i:founder|co-founder|ceo|cto|cfo|coo|chief [\\p{L}]+ officer|president"
            + "|chair|chairman|chairwoman|director|head|professor|researcher|scientist|engineer|partner|analyst|editor|host"
            + "|author|lead|manager|secretary|minister|spokesperson|spokeswoman|spokesman|fellow|dean|investor|member|student"
            + "|correspondent|reporter|economist|adviser|advisor)\\b[^;:\"“]{0,60}[.!]?$");

    /**
     * "This quarter they're 46 percent.": a figure with its verb run into a pronoun ("they're", "it's"), a statement
     * in five words; without a figure a short "That's a big drop." stays a reaction.
     */
    private static boolean contractedFigure(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> t.is("NUM"))
                && tokens.stream().anyMatch(t -> CONTRACTED_VERB.matcher(t.text()).matches());
    }

    private static final Pattern CONTRACTED_VERB = Pattern.compile(
            "(?i)(i|you|we|they|he|she|it|that|there|what|who)['’](re|m|ve|ll|d|s)|['’](re|m|ve|ll)");

    /**
     * "Maybe 40%.", "Forty percent.", "About even odds.": a probability and nothing else, which in a round of odds is the
     * speaker's answer, their forecast put in a figure, however few its words.
     */
    static final Anywhere BARE_ODDS = Anywhere.compile("(?i)^([^.;:]{0,30}[.;:] "
            // "Mayor Okoye, about 12%": a holder's name, the verb of a round of odds left out before the figure
            + "|(?-i:\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}), )?((maybe|perhaps|probably|honestly|frankly|about|around|roughly|say|so|"
            + "i['’]d say|call it|something like|at least|at most|under|over|below|above|(no |not )?less than|(no |not )?more than),? )*"
            + "(\\d{1,3}(\\.\\d+)? ?(%|per ?cent|percent)|((twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(-\\w+)?"
            + "|ten|five|fifteen|one hundred|a hundred) (per ?cent|percent)|(about )?even odds|fifty-fifty|50-50"
            + "|one in (two|three|four|five|ten)"
            // "20 to 25%": a range whose first end leaves its sign to the second
            + "|\\d{1,3} ?(to|or|-|–) ?\\d{1,3} ?(%|per ?cent|percent))"
            // "20%, maybe 25%", "40% or a little more": a second figure or a nudge on the first is the same answer hedged
            + "(,? (maybe|perhaps|possibly|or|or even|at most|at a push|tops) \\d{1,3}(\\.\\d+)? ?(%|per ?cent|percent)"
            // "Sixty percent. Maybe sixty-five.": a second sentence of it, its unit left to the first
            + "|[.,] (maybe|perhaps|possibly|or|or even|at most|tops) (\\d{1,3}(\\.\\d+)?|(twenty|thirty|forty|fifty"
            + "|sixty|seventy|eighty|ninety)(-\\w+)?)( ?%| per ?cent| percent)?"
            + "|,? or (a (little|bit) )?(more|less|higher|lower))?[.!]*$");
    // (a short lead may come first: "Lower than Nora. Maybe 40%." is one answer, see CompletingSentences)

    /**
     * "Not before 2028.", "Within two years.", "By the end of 2027 at the latest.": when, and nothing else, which as an
     * answer to "will it happen?" is the speaker's forecast however few its words.
     */
    static final Anywhere BARE_HORIZON = Anywhere.compile("(?i)^((probably|maybe|perhaps|certainly|definitely|not|only)"
            + ",? )*(before|until|by|within|after|around|sometime in|no earlier than|no later than) (the )?((end|middle"
            + "|start|beginning|first half|second half) of )?((early|late|mid)[ -])?((19|20)\\d\\d|(the next |another )?"
            + "(one|two|three|four|five|six|ten|a few|a couple of|\\d{1,2}) (years?|months?|decades?))"
            + "( at the (earliest|latest))?[.!]*$");

    /**
     * "On hardware cost, clearly yes.", "For long tasks, not yet.", "For narrow jobs, 2027.": an answer given for one
     * respect of the question (yes or no, a year, a horizon, odds), which the respect makes a view or a forecast of its
     * own however few its words.
     */
    private static final Anywhere YES_OR_NO = Anywhere.compile("(?i)^((clearly|definitely|probably|certainly|absolutely"
            + "|maybe|partly|mostly|largely|arguably|already) )?(yes|no|not yet|not really|not at all)[.!]*$");
    /** "2027.", "Probably 2029.", "Late 2028.": a year given as the answer to "when". */
    private static final Anywhere BARE_YEAR = Anywhere.compile("(?i)^((probably|maybe|perhaps|already|only|certainly) )?"
            + "(in |by )?((early|late|mid)[ -])?(19|20)\\d\\d( or (19|20)\\d\\d)?[.!]*$");

    /** Whether the sentence is an answer for one respect of the question ("For long tasks, not yet."). */
    static boolean answerForARespect(String s) {
        String rest = afterRespect(s.strip());
        return rest != null && (YES_OR_NO.in(rest) || BARE_ODDS.in(rest) || BARE_HORIZON.in(rest) || BARE_YEAR.in(rest));
    }

    /** Whether the sentence, or what it says for one respect, is a year, a horizon or odds and nothing else. */
    static boolean answersWhenOrHowLikely(String s) {
        String said = s.strip();
        String rest = afterRespect(said);
        String answer = rest != null ? rest : said;
        return BARE_ODDS.in(answer) || BARE_HORIZON.in(answer) || BARE_YEAR.in(answer) && rest != null;
    }

    private static String afterRespect(String s) {
        return ProbabilityReader.afterRespect(s);
    }

    /**
     * "Last month we showed that a policy trained on generated data matched …": a result the speaker's team found, told
     * in the past with its time, is a claim of fact about the world, not an anecdote of what happened to them.
     */
    private static final Anywhere REPORTED_FINDING = Anywhere.compile("(?i).*\\b(we|i) (have |had )?(also )?(showed|shown"
            + "|found|demonstrated|proved|measured) that\\b.*");

    /**
     * "I'm with Nora, or a bit above: 75%.": siding with somebody the conversation already knows is agreeing with them;
     * "I'm with Acme" names the speaker's employer and introduces them.
     */
    private boolean sidesWithSomeone(String s) {
        java.util.regex.Matcher m = SIDING.matcher(s);
        if (!m.lookingAt()) {
            return false;
        }
        Person sided = registry.lookup(m.group(1));
        return sided != null && sided.isPerson();
    }

    private static final Pattern SIDING = Pattern.compile("(?i:i['’]m|i am) (?i:with|behind|closer to|nearer to) "
            + "(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)?)\\b");

    /**
     * A sentence wholly inside one pair of square brackets ("[The firm was sold in July 2026.]", "[Editor's note: …]")
     * between the words of a speaker: what the editor inserts, nobody's statement.
     */
    static boolean bracketedNote(String s) {
        int end = s.endsWith("].") ? s.length() - 1 : s.length();
        if (end < 3 || s.charAt(0) != '[' || s.charAt(end - 1) != ']') {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < end; i++) {
            if (s.charAt(i) == '[') {
                depth++;
            } else if (s.charAt(i) == ']' && --depth == 0 && i < end - 1) {
                return false; // "[Jane] said it [twice]": the brackets close before the sentence does
            }
        }
        return depth == 0;
    }

    /** The sentence without the quotation marks, brackets and interview dashes that open it. */
    private static String withoutOpeningQuotes(String s) {
        int start = 0;
        // "*Subscribe to get the next issue.*": the emphasis of a line set apart is its layout, as quotation marks are;
        // "—— Let us talk about X.": the dashes that mark an interviewer's turn in a printed interview
        while (start < s.length() && ("\"“‘'(*_".indexOf(s.charAt(start)) >= 0
                || s.startsWith("—", start) && start + 1 < s.length() && (s.charAt(start + 1) == '—'
                || Character.isWhitespace(s.charAt(start + 1))) || start > 0 && s.charAt(start - 1) == '—'
                && Character.isWhitespace(s.charAt(start)))) {
            start++;
        }
        return s.substring(start);
    }

    /** The event verb ends the sentence but for where and when: "… opened in Shenzhen this morning." */
    private static boolean eventHappened(String s) {
        java.util.regex.Matcher m = EVENT_HAPPENED.matcher(s);
        if (!m.matches()) {
            return false;
        }
        String rest = m.group("rest").strip();
        // "… closed without any agreement", "… opened with a warning that …": how it went is somebody's account; "…
        // closed with its traditional evening panel" names a session of the programme and no more
        return rest.split("\\s+").length <= 7
                && (!rest.matches("(?i).*\\b(with|without|after|amid|despite|because|but|as|by)\\b.*")
                || SESSION_OF_THE_PROGRAMME.matcher(rest).matches());
    }

    /** "with its traditional evening panel": the session an event opened or closed with. */
    private static final Pattern SESSION_OF_THE_PROGRAMME = Pattern.compile("(?i)with (a|an|its|the|their) ([\\p{L}'’-]+ ){0,3}"
            + "(panel|session|keynote|debate|address|ceremony|dinner|reception|discussion|q&a|roundtable|talk|fireside( chat)?"
            + "|performance|concert|awards?)");

    /**
     * {@code Ravi Sethuraman is CTO of Loomwork, and Ingrid Fossum runs …}: a host telling the audience who a guest is,
     * the guest being somebody else who speaks in the document; it introduces a voice, it claims nothing.
     */
    public boolean introducesAnotherVoice(String sentence, Person speaker) {
        java.util.regex.Matcher m = INTRODUCED.matcher(withoutOpeningQuotes(sentence.strip()).replaceAll("\\s+", " "));
        if (!m.matches()) {
            return false;
        }
        Person named = registry.lookup(m.group("name"));
        return named != null && named != speaker && named.isPerson() && named.isTurnSpeaker();
    }

    /**
     * The other voice of the document a sentence presents by post or employer ("Ben Ode is a partner at Kline", "And
     * Ana Ruiz runs the chip desk at Cobalt"), looked up without registering anybody; null when it presents nobody, or
     * presents the speaker, or takes a side ("is right about", "is wrong on").
     */
    Person presentedVoice(String sentence, Person speaker) {
        String s = withoutOpeningQuotes(sentence.strip()).replaceAll("\\s+", " ");
        java.util.regex.Matcher m = INTRODUCED.matcher(s);
        if (!m.matches() || marksAView(s) || SIDE_TAKEN.matcher(s.substring(m.end("name"))).lookingAt()) {
            return null;
        }
        Person named = registry.lookupWithoutRegistering(m.group("name"));
        return named != null && named != speaker && named.isPerson() && named.isTurnSpeaker() ? named : null;
    }

    /** "is right about", "is wrong on", "is too optimistic about": a judgement of the person, never their post. */
    private static final Pattern SIDE_TAKEN = Pattern.compile("(?i),? is (not |probably |absolutely |quite |too |more |less"
            + "|much |far |so |very )*(right|wrong|correct|mistaken|optimistic|pessimistic|naive|fair|unfair|harsh|generous"
            + "|skeptical|sceptical|confident|worried|sure)\\b");

    private static final Pattern INTRODUCED = Pattern.compile("^(?:(?:(?i:and|so|now),? )?(?:(?i:first|next),? )?)"
            + "(?<name>\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){0,3}),? (?:is (?:the |a |an |our )?[^.;]{0,50}?"
            + "\\b(?:of|at|for|with)\\b|runs|leads|heads|chairs|directs|manages|co-?founded|founded|teaches|studies|covers"
            + "|works (?:at|for|on))\\b.*");

    /** "Let's talk about hiring.", "Next, a word on pricing.": a lead-in to a subject, which says nothing of it yet. */
    static boolean leadsIn(String sentence) {
        String s = sentence.strip();
        return HAND_OFF.in(s) && !ADDS_CONTENT.in(s) || SIGNPOST.in(s) && s.split("\\s+").length <= 14;
    }

    /** Whether a view is marked, which keeps a sentence of a greeting turn. */
    public static boolean marksAView(String sentence) {
        return VIEW_MARKER.in(sentence);
    }

    public static boolean isGreeting(String sentence) {
        return GREETING.in(sentence.strip());
    }

    /** "Hi everyone, …", "Hello all.": a hello, which opens small talk wherever in a turn it comes. */
    public static boolean isHello(String sentence) {
        return HELLO_FIRST.in(sentence.strip());
    }

    private static final Anywhere HELLO_FIRST = Anywhere.compile("(?i)^" + HELLO + "\\b.*");

    private static boolean introducesAName(List<Token> t) {
        for (int i = 1; i < Math.min(t.size(), 5); i++) {
            if (t.get(i).isCapitalized() && !t.get(i).text().equals("I")) {
                return true;
            }
        }
        return false;
    }

    /** {@code Shunyu, …} or {@code Professor Tang, …}: the sentence speaks to a person, handing over. */
    private boolean addressesSomeone(List<Token> t, Person speaker) {
        // "And Ruth, a follow-up on pricing.": a conjunction before the name still turns to that person
        int from = !t.isEmpty() && CONJUNCTIONS.contains(t.get(0).lower()) ? 1 : 0;
        int end = from;
        while (end < Math.min(t.size(), from + 4) && !t.get(end).text().equals(",")) {
            end++;
        }
        if (end == from || end >= Math.min(t.size(), from + 4) || !t.get(from).isCapitalized()) {
            return false;
        }
        StringBuilder name = new StringBuilder();
        for (int i = from; i < end; i++) {
            name.append(i > from ? " " : "").append(t.get(i).text());
        }
        String written = name.toString();
        if (viewPutToTheAddressed(t, end)) {
            return false;
        }
        Person addressed = registry.lookup(written);
        boolean titled = Honorifics.startsWithTitle(written);
        return (addressed != null && addressed != speaker && addressed.isPerson()) || titled && end - from <= 3
                || addressed == null && calledBeforeYou(t, from, end);
    }

    /**
     * "Ada, I would suggest that your lab publish its evals.", "Professor Kim, I think the market disagrees with you.":
     * a vocative before the speaker's own view or advice, in a clause long enough to stand alone, puts that view to
     * the one addressed; the sentence hands nothing over.
     */
    private static boolean viewPutToTheAddressed(List<Token> t, int comma) {
        StringBuilder rest = new StringBuilder();
        long words = 0;
        for (int i = comma + 1; i < t.size(); i++) {
            rest.append(i > comma + 1 ? " " : "").append(t.get(i).text());
            words += t.get(i).isWord() ? 1 : 0;
        }
        return words >= VIEW_PUT_WORDS && OWN_VIEW_PUT.in(rest.toString());
    }

    private static final int VIEW_PUT_WORDS = 8;
    /** "I would suggest that …", "we strongly believe …": the speaker's own view or advice, opening a clause. */
    private static final Anywhere OWN_VIEW_PUT = Anywhere.compile("(?i)^(i|we) ((would|['’]d|do|really|strongly|also|still"
            + "|honestly|respectfully) )*(suggest|propose|recommend|urge|argue|think|believe|disagree|expect|predict|doubt"
            + "|worry)( that)?\\b.*");

    /**
     * "Kip, you are on the other side of those deals.": a name nobody is known by yet (a nickname, an English name
     * the text gives once) set off by a comma before "you" still turns to a person, the vocative's grammar. "Beijing,
     * you could argue, has won" sets "you" off as an aside and names the subject instead.
     */
    private static boolean calledBeforeYou(List<Token> t, int from, int comma) {
        if (comma + 1 >= t.size() || !YOU.contains(t.get(comma + 1).lower())) {
            return false;
        }
        for (int i = comma + 2; i < Math.min(t.size(), comma + 6); i++) {
            if (t.get(i).text().equals(",")) {
                return false;
            }
        }
        for (int i = from; i < comma; i++) {
            if (!t.get(i).is("PROPN") || !t.get(i).isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> CONJUNCTIONS = java.util.Set.of("and", "so", "now", "okay", "ok");
    private static final java.util.Set<String> YOU = java.util.Set.of("you", "your", "you're", "you’re", "you've", "you’ve");

    /** Words that carry no claim of their own: "This is great.", "I think it depends.", "That might be the moment." */
    private static final java.util.Set<String> LIGHT = java.util.Set.of("be", "have", "do", "think", "say", "become",
            "make", "get", "go", "come", "depend", "mean", "know", "see", "feel", "want", "like", "thing", "problem",
            "question", "point", "moment", "way", "case", "issue", "stuff", "lot", "kind", "sort", "something",
            "everything", "anything", "one", "time", "good", "great", "interesting", "true", "right", "important",
            "really", "actually", "just", "also", "very", "quite", "so", "then", "now", "today", "indeed");

    private static boolean substantive(List<Token> tokens) {
        int content = 0;
        long words = tokens.stream().filter(Token::isWord).count();
        for (Token t : tokens) {
            if (t.is("NUM")) {
                return true;
            }
            boolean open = t.is("NOUN") || t.is("PROPN") || t.is("ADJ") || t.is("VERB") || t.is("ADV");
            if (open && !LIGHT.contains(t.stem()) && !LIGHT.contains(t.lower())) {
                content++;
            }
        }
        return content >= 2 || content == 1 && words >= 5;
    }

    private static boolean firstPersonPast(String s, List<Token> t) {
        boolean firstPerson = t.stream().limit(12).anyMatch(x -> x.text().equals("I") || x.lower().equals("we"));
        return firstPerson && ANECDOTE_TIME.in(s) && !marksAView(s) && !toldWithItsFigures(t);
    }

    /**
     * "We re-ran the scores of nine models last month, and seven came out ten points lower.": what the speaker did, told
     * with the figures it came to, is their evidence, no story; a date ("last week (29 October)") is no such figure.
     */
    private static boolean toldWithItsFigures(List<Token> t) {
        int figures = 0;
        for (int i = 0; i < t.size(); i++) {
            Token x = t.get(i);
            boolean dated = YEAR.matcher(x.text()).matches()
                    || i + 1 < t.size() && MONTH.matcher(t.get(i + 1).text()).matches()
                    || i > 0 && MONTH.matcher(t.get(i - 1).text()).matches();
            if (x.is("NUM") && !dated) {
                figures++;
            }
        }
        return figures >= FIGURES_OF_EVIDENCE;
    }

    private static final int FIGURES_OF_EVIDENCE = 2;
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d(s)?");
    private static final Pattern MONTH = Pattern.compile("January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec");
}
