package dev.pulseboard.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Lets a writer close its generator without closing the stream underneath (a ZIP entry, the HTTP response). */
public final class KeepOpen extends FilterOutputStream {

    public KeepOpen(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
