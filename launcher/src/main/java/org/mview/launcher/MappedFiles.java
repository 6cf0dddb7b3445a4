package org.mview.launcher;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Memory-maps the files of {@code --map}/{@code --map-rw} for the lifetime of the run. The mapping is
 * handed to the language as a {@link MemorySegment}, so views over it read the file's pages directly
 * and work for files of any size. Closing unmaps them; views still alive then raise the released-view
 * error instead of touching unmapped memory.
 */
final class MappedFiles implements AutoCloseable {

    private final Arena arena = Arena.ofShared();
    private final Map<String, MemorySegment> segments = new LinkedHashMap<>();

    MappedFiles(Map<String, LaunchOptions.MappedFile> maps) throws IOException {
        for (LaunchOptions.MappedFile map : maps.values()) {
            segments.put(map.name(), mapFile(map));
        }
    }

    private MemorySegment mapFile(LaunchOptions.MappedFile map) throws IOException {
        Path path = Path.of(map.path());
        if (map.writable()) {
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                return channel.map(FileChannel.MapMode.READ_WRITE, 0, channel.size(), arena);
            }
        }
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size(), arena).asReadOnly();
        }
    }

    Map<String, MemorySegment> segments() {
        return segments;
    }

    @Override
    public void close() {
        arena.close();
    }
}
