package live.mymovie.application.generation;

import java.util.List;

import live.mymovie.domain.Refusal;
import live.mymovie.domain.creation.Creation;
import live.mymovie.domain.creation.Shot;
import live.mymovie.domain.creation.ShotNumber;
import live.mymovie.domain.job.JobRequest;

/** The rule that a step runs only once its input is there: a plan, a frame, narration. */
final class StepInputs {

    private StepInputs() {
    }

    /**
     * Checks the creation holds what the step needs and answers the request with its shots
     * spelled out.
     *
     * @throws Refusal.MissingInput when the input is not there yet
     */
    static JobRequest complete(JobRequest request, Creation creation) {
        List<ShotNumber> shots = switch (request.kind()) {
            case PLAN -> List.of();
            case STORYBOARD -> storyboardShots(request, creation);
            case ANIMATION -> animationShot(request, creation);
            case SOUNDTRACK -> requirePlan(creation);
            case VOICEOVER -> requireNarration(creation);
        };
        return new JobRequest(request.accountId(), request.creationId(), request.kind(), shots,
                request.idempotencyKey());
    }

    private static List<ShotNumber> storyboardShots(JobRequest request, Creation creation) {
        requirePlan(creation);
        if (request.shots().isEmpty()) {
            return creation.shots().stream().map(Shot::number).toList();
        }
        request.shots().forEach(creation::shot);
        return request.shots();
    }

    private static List<ShotNumber> animationShot(JobRequest request, Creation creation) {
        requirePlan(creation);
        if (request.shots().size() != 1) {
            throw Refusal.InvalidInput.of("shot", "An animation is for exactly one shot.");
        }
        Shot shot = creation.shot(request.shots().get(0));
        if (shot.frameAsset().isEmpty()) {
            throw new Refusal.MissingInput("Shot " + shot.number()
                    + " has no storyboard frame yet; draw the storyboard first.");
        }
        return request.shots();
    }

    private static List<ShotNumber> requirePlan(Creation creation) {
        if (creation.storyPlan().isEmpty()) {
            throw new Refusal.MissingInput("This creation has no story plan yet; "
                    + "plan the story first.");
        }
        return List.of();
    }

    private static List<ShotNumber> requireNarration(Creation creation) {
        requirePlan(creation);
        boolean anyLine = creation.shots().stream()
                .anyMatch(s -> !s.script().narration().isBlank());
        if (!anyLine) {
            throw new Refusal.MissingInput("The story plan has no narration to record.");
        }
        return List.of();
    }
}
