package org.truce.shared.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;

/**
 * The one configured Gson instance. Primitive adapters are strict: gson would otherwise read
 * "yes" as {@code false} and "5" as 5, hiding a client's mistake. NaN and infinities are refused
 * when writing (gson's default): JSON has no such numbers, so a missing value is {@code null}.
 */
public final class Json {
    private static final Gson GSON = new GsonBuilder()
            .disableHtmlEscaping()
            .setStrictness(Strictness.STRICT)
            .registerTypeAdapter(Boolean.class, strictBoolean().nullSafe())
            .registerTypeAdapter(boolean.class, strictBoolean())
            .registerTypeAdapter(Integer.class, strictInt().nullSafe())
            .registerTypeAdapter(int.class, strictInt())
            .registerTypeAdapter(Long.class, strictLong().nullSafe())
            .registerTypeAdapter(long.class, strictLong())
            .registerTypeAdapter(String.class, strictString().nullSafe())
            .registerTypeAdapterFactory(new org.truce.shared.protocol.PublicEvent.Kinds())
            .create();

    private Json() {
    }

    /** The shared strict Gson: every JSON read or written by Truce goes through it. */
    public static Gson gson() {
        return GSON;
    }

    private static void expect(JsonReader in, JsonToken token, String what) throws IOException {
        if (in.peek() != token) {
            throw new JsonParseException("expected " + what + " at " + in.getPath() + " but found " + in.peek().name().toLowerCase());
        }
    }

    private static TypeAdapter<Boolean> strictBoolean() {
        return new TypeAdapter<>() {
            @Override
            public void write(JsonWriter out, Boolean value) throws IOException {
                out.value(value);
            }

            @Override
            public Boolean read(JsonReader in) throws IOException {
                expect(in, JsonToken.BOOLEAN, "true or false");
                return in.nextBoolean();
            }
        };
    }

    private static TypeAdapter<Integer> strictInt() {
        return new TypeAdapter<>() {
            @Override
            public void write(JsonWriter out, Integer value) throws IOException {
                out.value(value);
            }

            @Override
            public Integer read(JsonReader in) throws IOException {
                expect(in, JsonToken.NUMBER, "a whole number");
                try {
                    // via the literal: a tree reader would silently truncate 1.5 to 1
                    return Integer.parseInt(in.nextString());
                } catch (NumberFormatException e) {
                    throw new JsonParseException("expected a whole number at " + in.getPath());
                }
            }
        };
    }

    private static TypeAdapter<Long> strictLong() {
        return new TypeAdapter<>() {
            @Override
            public void write(JsonWriter out, Long value) throws IOException {
                out.value(value);
            }

            @Override
            public Long read(JsonReader in) throws IOException {
                expect(in, JsonToken.NUMBER, "a whole number");
                try {
                    return Long.parseLong(in.nextString());
                } catch (NumberFormatException e) {
                    throw new JsonParseException("expected a whole number at " + in.getPath());
                }
            }
        };
    }

    private static TypeAdapter<String> strictString() {
        return new TypeAdapter<>() {
            @Override
            public void write(JsonWriter out, String value) throws IOException {
                out.value(value);
            }

            @Override
            public String read(JsonReader in) throws IOException {
                expect(in, JsonToken.STRING, "a string");
                return in.nextString();
            }
        };
    }
}
