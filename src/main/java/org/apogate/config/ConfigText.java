package org.apogate.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a small UTF-8 text file (config, sample sheet) with a size cap, as a ConfigException on failure. */
final class ConfigText {
    static final int MAX_BYTES = 4 * 1024 * 1024;

    private ConfigText() {
    }

    static String read(Path file) {
        String source = file.toString();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new ConfigException(source, 0, 0, "", "file not found");
        } catch (IOException e) {
            throw new ConfigException(source, 0, 0, "", "cannot read: " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            throw new ConfigException(source, 0, 0, "", "file is larger than " + MAX_BYTES + " bytes; expected a small text file");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ConfigException(source, 0, 0, "", "not valid UTF-8 text");
        }
    }
}
