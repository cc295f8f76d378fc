package io.envtune.env.posting.internal;

import io.envtune.toolkit.PyText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The generator's model of a TwitterAPI account: credentials, whether logged in, the tweets (author and content by
 * id), the following list and what the account has retweeted. Request makers read it to name only tweets and users
 * that exist and update it as the tools will. Not thread-safe.
 */
final class PostModel {

    static final List<String> HANDLES = List.of("glassblower_ines", "tidewatch", "orbit_kofi", "moth_census",
        "rye_and_rust", "quietferry", "kiln_gremlin", "birch.ledger", "loomwright", "night_owl_astro", "pier7_radio",
        "sourdough_sol", "cobalt_vera", "trailhead_mo", "apiary_ade", "velodrome_jo");
    static final List<String> PASSWORDS = List.of("Rq7!tuna-42", "heron#Pike9", "v0lt-Amber*3", "Quartz_88!lime",
        "m0ss&Fjord", "Sable-44?tin");
    static final List<String> CONTENTS = List.of("First light over the estuary this morning.",
        "New glaze batch came out speckled and I love it.", "Counted 41 moths at the lamp trap tonight.",
        "Ferry cancelled again, walking the long way round.", "Rye loaf number nine: finally an open crumb.",
        "The community loom needs volunteers on Tuesdays.", "Saturn is low in the south after midnight.",
        "Hive inspection done, queen is laying well.", "Trail to the ridge reopened after the storm.",
        "Velodrome session: new personal best on the flying lap.", "Repaired the old radio, it hums like a cat.",
        "Seed swap at the library this weekend.");

    String username;
    String password;
    boolean authenticated;
    final Map<Long, String[]> tweets = new LinkedHashMap<>();
    final List<String> following = new ArrayList<>();
    final List<Long> retweeted = new ArrayList<>();

    /** A random account with zero to five tweets by itself and others, following one to three handles. */
    PostModel(SplittableRandom r) {
        List<String> handles = new ArrayList<>(HANDLES);
        username = handles.remove(r.nextInt(handles.size()));
        password = PASSWORDS.get(r.nextInt(PASSWORDS.size()));
        authenticated = r.nextBoolean();
        for (int n = r.nextInt(6); n > 0; n--) {
            String author = r.nextBoolean() ? username : handles.get(r.nextInt(handles.size()));
            tweets.put((long) tweets.size(), new String[] {author, CONTENTS.get(r.nextInt(CONTENTS.size()))});
        }
        for (int n = 1 + r.nextInt(3); n > 0; n--) {
            following.add(handles.remove(r.nextInt(handles.size())));
        }
    }

    /** @return the scenario JSON of the initial model; the tweets carry no tags or mentions */
    String scenarioJson() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("username", username);
        s.put("password", password);
        s.put("authenticated", authenticated);
        Map<String, Object> stored = new LinkedHashMap<>();
        tweets.forEach((id, t) -> {
            Map<String, Object> tweet = new LinkedHashMap<>();
            tweet.put("id", id);
            tweet.put("username", t[0]);
            tweet.put("content", t[1]);
            tweet.put("tags", List.of());
            tweet.put("mentions", List.of());
            stored.put(Long.toString(id), tweet);
        });
        s.put("tweets", stored);
        s.put("following_list", new ArrayList<>(following));
        s.put("tweet_counter", (long) tweets.size());
        return PyText.dumps(s);
    }

    /** @return the authors of stored tweets, the account included */
    List<String> authors() {
        return tweets.values().stream().map(t -> t[0]).distinct().toList();
    }

    /** @return handles the account does not follow */
    List<String> notFollowed() {
        return HANDLES.stream().filter(h -> !h.equals(username) && !following.contains(h)).toList();
    }
}
