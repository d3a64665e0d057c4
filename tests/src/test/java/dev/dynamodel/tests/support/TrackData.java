package dev.dynamodel.tests.support;

import dev.dynamodel.tests.entities.Address;
import dev.dynamodel.tests.entities.Track;
import dev.dynamodel.tests.entities.TrackModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** 120 tracks on 3 albums, varied so that every query operator has matches and misses. */
public final class TrackData {
    private static final String[] ARTISTS = {"Nina", "Miles", "Ella"};

    private TrackData() {
    }

    public static List<Track> tracks() {
        List<Track> tracks = new ArrayList<>();
        for (int album = 0; album < 3; album++) {
            for (int position = 1; position <= 40; position++) {
                tracks.add(new Track("album-" + album, position, ARTISTS[(album + position) % 3], 1950 + position % 7,
                        position * 10L, (position % 5 == 0 ? "The " : "") + "Song " + position,
                        position % 2 == 0 ? "live" : "studio", position % 4 == 0 ? null : position, (long) position * 3,
                        position % 3 == 0 ? Set.of("jazz", "vocal") : Set.of("jazz"),
                        Map.of("critics", position % 10),
                        List.of("credit-" + position, "producer"),
                        position % 6 == 0 ? new Address("Main St", "Oslo", "0150", null) : null));
            }
        }
        return tracks;
    }

    /** Creates the table if needed and writes every track. */
    public static List<Track> load(TrackModel model) {
        model.createTableIfNotExists();
        List<Track> tracks = tracks();
        tracks.forEach(model::save);
        return tracks;
    }
}
