package io.claimstream.analysis.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The gold annotations of ../shared/eval/seeds.gold.json, as score.py reads them. */
final class GoldFile {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private GoldFile() {
    }

    static List<GoldDocument> read(Path file) throws IOException {
        return List.of(MAPPER.readValue(Files.readString(file), GoldDocument[].class));
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record GoldDocument(String file, String title, String published, List<GoldSpeaker> speakers,
                        List<GoldClaim> claims, List<GoldNonClaim> non_claims, List<GoldPrediction> predictions,
                        List<GoldNumber> numbers) {
        GoldDocument {
            speakers = speakers == null ? List.of() : speakers;
            claims = claims == null ? List.of() : claims;
            non_claims = non_claims == null ? List.of() : non_claims;
            predictions = predictions == null ? List.of() : predictions;
            numbers = numbers == null ? List.of() : numbers;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record GoldSpeaker(String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record GoldClaim(String snippet, String speaker, String type, List<String> topics, String attribution) {
        GoldClaim {
            topics = topics == null ? List.of() : topics;
            attribution = attribution == null ? "explicit" : attribution;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record GoldNonClaim(String snippet, String why) {
    }

    /** A forecast with the probability and the horizon as the text words them, each null when it states none. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record GoldPrediction(String snippet, String speaker, String probability, String horizon) {
    }

    /** A passage that states a quantity. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record GoldNumber(String snippet, String speaker) {
    }
}
