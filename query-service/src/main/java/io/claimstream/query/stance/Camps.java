package io.claimstream.query.stance;

import io.claimstream.query.view.SpeakerRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups speakers by how their claims answer one question: those who mostly say yes agree with
 * each other and disagree with those who mostly say no; a speaker with as many of each is mixed.
 * Speakers none of whose claims take a side are in no camp (they are counted).
 */
public final class Camps {

    private final StanceDetector detector;
    private final Map<String, Tally> bySpeaker = new LinkedHashMap<>();
    private long claimsRead;
    private long claimsTakingSides;

    public Camps(StanceDetector detector) {
        this.detector = detector;
    }

    /** Reads one claim of the topic; {@code speaker} null for an unattributed claim. */
    public void add(SpeakerRef speaker, String text) {
        claimsRead++;
        ClaimStance stance = detector.read(text);
        if (stance.stance() != Stance.NEUTRAL) {
            claimsTakingSides++;
        }
        if (speaker != null) {
            bySpeaker.computeIfAbsent(speaker.id(), id -> new Tally(speaker)).add(stance.stance());
        }
    }

    /** A speaker's answer: which side, and from how many claims. */
    public record SpeakerStance(SpeakerRef speaker, Stance stance, double agreement, int support, int oppose,
                                int neutral) {
    }

    /**
     * @param agreeing  the camp that answers yes, most decided first
     * @param disagreeing the camp that answers no, most decided first
     * @param mixed     speakers with as many claims each way
     * @param silent    speakers on the topic whose claims take no side
     */
    public record Result(String question, String text, List<SpeakerStance> agreeing, List<SpeakerStance> disagreeing,
                         List<SpeakerStance> mixed, long silent, long claimsRead, long claimsTakingSides) {
    }

    public Result result() {
        List<SpeakerStance> yes = new ArrayList<>();
        List<SpeakerStance> no = new ArrayList<>();
        List<SpeakerStance> mixed = new ArrayList<>();
        long silent = 0;
        for (Tally tally : bySpeaker.values()) {
            SpeakerStance position = tally.position();
            if (tally.support + tally.oppose == 0) {
                silent++;
            } else if (position.stance() == Stance.SUPPORT) {
                yes.add(position);
            } else if (position.stance() == Stance.OPPOSE) {
                no.add(position);
            } else {
                mixed.add(position);
            }
        }
        Comparator<SpeakerStance> decided = Comparator.comparingDouble((SpeakerStance s) -> -Math.abs(s.agreement()))
                .thenComparing(s -> -(s.support() + s.oppose())).thenComparing(s -> s.speaker().id());
        yes.sort(decided);
        no.sort(decided);
        mixed.sort(decided);
        StanceQuestion q = detector.question();
        return new Result(q.id(), q.text(), yes, no, mixed, silent, claimsRead, claimsTakingSides);
    }

    private static final class Tally {
        private final SpeakerRef speaker;
        private int support;
        private int oppose;
        private int neutral;

        Tally(SpeakerRef speaker) {
            this.speaker = speaker;
        }

        void add(Stance stance) {
            switch (stance) {
                case SUPPORT -> support++;
                case OPPOSE -> oppose++;
                case NEUTRAL -> neutral++;
            }
        }

        /** agreement: from -1 (every side-taking claim says no) to 1 (every one says yes). */
        SpeakerStance position() {
            int sides = support + oppose;
            double agreement = sides == 0 ? 0 : Math.round((support - oppose) * 100.0 / sides) / 100.0;
            Stance stance = support > oppose ? Stance.SUPPORT : oppose > support ? Stance.OPPOSE : Stance.NEUTRAL;
            return new SpeakerStance(speaker, stance, agreement, support, oppose, neutral);
        }
    }
}
