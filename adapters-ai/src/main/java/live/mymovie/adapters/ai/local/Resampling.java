package live.mymovie.adapters.ai.local;

/** Changes a track's sample rate by linear interpolation, which is enough for speech. */
final class Resampling {

    private Resampling() {
    }

    static float[] to(Wav.Track track, int rate) {
        if (track.sampleRate() == rate) {
            return track.samples();
        }
        float[] in = track.samples();
        double ratio = (double) track.sampleRate() / rate;
        float[] out = new float[(int) (in.length / ratio)];
        for (int i = 0; i < out.length; i++) {
            double at = i * ratio;
            int left = (int) at;
            int right = Math.min(in.length - 1, left + 1);
            double weight = at - left;
            out[i] = (float) (in[left] * (1 - weight) + in[right] * weight);
        }
        return out;
    }
}
