package org.mview.language;

import java.nio.charset.Charset;

import com.oracle.truffle.api.TruffleFile;

/** Files ending in {@code .mv} are mview sources. */
public final class MViewFileDetector implements TruffleFile.FileTypeDetector {

    @Override
    public String findMimeType(TruffleFile file) {
        String name = file.getName();
        return name != null && name.endsWith(".mv") ? MViewLanguage.MIME_TYPE : null;
    }

    @Override
    public Charset findEncoding(TruffleFile file) {
        return null;
    }
}
