package dev.pulseboard.withings.activity;

import dev.pulseboard.withings.code.WithingsCode;
import dev.pulseboard.withings.transport.CodeTable;

/**
 * A workout {@code category} (Withings' OAS {@code workout_object} table). A record of the raw code with named
 * constants; unknown codes decode to {@code "unknown N"} (logged once).
 */
public record WorkoutCategory(int code) implements WithingsCode {

    private static final CodeTable<WorkoutCategory> TABLE =
            new CodeTable<>(WorkoutCategory.class, "workout category", WorkoutCategory::new);

    public static final WorkoutCategory WALK = TABLE.define(1, "walk");
    public static final WorkoutCategory RUN = TABLE.define(2, "run");
    public static final WorkoutCategory HIKING = TABLE.define(3, "hiking");
    public static final WorkoutCategory SKATING = TABLE.define(4, "skating");
    public static final WorkoutCategory BMX = TABLE.define(5, "bmx");
    public static final WorkoutCategory BICYCLING = TABLE.define(6, "bicycling");
    public static final WorkoutCategory SWIMMING = TABLE.define(7, "swimming");
    public static final WorkoutCategory SURFING = TABLE.define(8, "surfing");
    public static final WorkoutCategory KITESURFING = TABLE.define(9, "kitesurfing");
    public static final WorkoutCategory WINDSURFING = TABLE.define(10, "windsurfing");
    public static final WorkoutCategory BODYBOARD = TABLE.define(11, "bodyboard");
    public static final WorkoutCategory TENNIS = TABLE.define(12, "tennis");
    public static final WorkoutCategory TABLE_TENNIS = TABLE.define(13, "table_tennis");
    public static final WorkoutCategory SQUASH = TABLE.define(14, "squash");
    public static final WorkoutCategory BADMINTON = TABLE.define(15, "badminton");
    public static final WorkoutCategory LIFT_WEIGHTS = TABLE.define(16, "lift_weights");
    public static final WorkoutCategory FITNESS = TABLE.define(17, "fitness");
    public static final WorkoutCategory ELLIPTICAL = TABLE.define(18, "elliptical");
    public static final WorkoutCategory PILATES = TABLE.define(19, "pilates");
    public static final WorkoutCategory BASKET_BALL = TABLE.define(20, "basket_ball");
    public static final WorkoutCategory SOCCER = TABLE.define(21, "soccer");
    public static final WorkoutCategory FOOTBALL = TABLE.define(22, "football");
    public static final WorkoutCategory RUGBY = TABLE.define(23, "rugby");
    public static final WorkoutCategory VOLLEY_BALL = TABLE.define(24, "volley_ball");
    public static final WorkoutCategory WATERPOLO = TABLE.define(25, "waterpolo");
    public static final WorkoutCategory HORSE_RIDING = TABLE.define(26, "horse_riding");
    public static final WorkoutCategory GOLF = TABLE.define(27, "golf");
    public static final WorkoutCategory YOGA = TABLE.define(28, "yoga");
    public static final WorkoutCategory DANCING = TABLE.define(29, "dancing");
    public static final WorkoutCategory BOXING = TABLE.define(30, "boxing");
    public static final WorkoutCategory FENCING = TABLE.define(31, "fencing");
    public static final WorkoutCategory WRESTLING = TABLE.define(32, "wrestling");
    public static final WorkoutCategory MARTIAL_ARTS = TABLE.define(33, "martial_arts");
    public static final WorkoutCategory SKIING = TABLE.define(34, "skiing");
    public static final WorkoutCategory SNOWBOARDING = TABLE.define(35, "snowboarding");
    public static final WorkoutCategory OTHER = TABLE.define(36, "other");
    public static final WorkoutCategory NO_ACTIVITY = TABLE.define(128, "no_activity");
    public static final WorkoutCategory ROWING = TABLE.define(187, "rowing");
    public static final WorkoutCategory ZUMBA = TABLE.define(188, "zumba");
    public static final WorkoutCategory BASEBALL = TABLE.define(191, "baseball");
    public static final WorkoutCategory HANDBALL = TABLE.define(192, "handball");
    public static final WorkoutCategory HOCKEY = TABLE.define(193, "hockey");
    public static final WorkoutCategory ICE_HOCKEY = TABLE.define(194, "ice_hockey");
    public static final WorkoutCategory CLIMBING = TABLE.define(195, "climbing");
    public static final WorkoutCategory ICE_SKATING = TABLE.define(196, "ice_skating");
    public static final WorkoutCategory MULTI_SPORT = TABLE.define(272, "multi_sport");
    public static final WorkoutCategory INDOOR_WALK = TABLE.define(306, "indoor_walk");
    public static final WorkoutCategory INDOOR_RUNNING = TABLE.define(307, "indoor_running");
    public static final WorkoutCategory INDOOR_CYCLING = TABLE.define(308, "indoor_cycling");
    public static final WorkoutCategory STANDUP_PADDLEBOARDING = TABLE.define(455, "standup_paddleboarding");
    public static final WorkoutCategory PADEL = TABLE.define(456, "padel");
    public static final WorkoutCategory GAMING = TABLE.define(457, "gaming");
    public static final WorkoutCategory BEACH_VOLLEYBALL = TABLE.define(490, "beach_volleyball");
    public static final WorkoutCategory STAIR_STEPPER = TABLE.define(491, "stair_stepper");
    public static final WorkoutCategory SKATEBOARDING = TABLE.define(492, "skateboarding");
    public static final WorkoutCategory PARKOUR = TABLE.define(493, "parkour");
    public static final WorkoutCategory KAYAKING = TABLE.define(494, "kayaking");
    public static final WorkoutCategory CANOEING = TABLE.define(495, "canoeing");
    public static final WorkoutCategory SAILING = TABLE.define(496, "sailing");
    public static final WorkoutCategory FISHING = TABLE.define(497, "fishing");
    public static final WorkoutCategory TRAIL_RUNNING = TABLE.define(498, "trail_running");
    public static final WorkoutCategory SNOWSHOEING = TABLE.define(499, "snowshoeing");
    public static final WorkoutCategory PAINTBALL = TABLE.define(500, "paintball");
    public static final WorkoutCategory ARCHERY = TABLE.define(501, "archery");
    public static final WorkoutCategory SCUBA_DIVING = TABLE.define(502, "scuba_diving");
    public static final WorkoutCategory BASEBALL_TRAINING = TABLE.define(503, "baseball_training");
    public static final WorkoutCategory BIATHLON = TABLE.define(504, "biathlon");
    public static final WorkoutCategory BOCCE = TABLE.define(505, "bocce");
    public static final WorkoutCategory PETANQUE = TABLE.define(506, "petanque");
    public static final WorkoutCategory PARAGLIDING = TABLE.define(507, "paragliding");
    public static final WorkoutCategory FRISBEE = TABLE.define(508, "frisbee");
    public static final WorkoutCategory SKYDIVING = TABLE.define(509, "skydiving");
    public static final WorkoutCategory PICKLEBALL = TABLE.define(510, "pickleball");
    public static final WorkoutCategory CORNHOLE = TABLE.define(511, "cornhole");
    public static final WorkoutCategory DODGEBALL = TABLE.define(512, "dodgeball");
    public static final WorkoutCategory ULTIMATE = TABLE.define(513, "ultimate");
    public static final WorkoutCategory TEQBALL = TABLE.define(514, "teqball");
    public static final WorkoutCategory PUSHING_A_WHEELCHAIR_RUNNING_PACE =
            TABLE.define(515, "pushing_a_wheelchair_running_pace");
    public static final WorkoutCategory PUSHING_A_WHEELCHAIR_WALKING_PACE =
            TABLE.define(516, "pushing_a_wheelchair_walking_pace");
    public static final WorkoutCategory ATHLETICS = TABLE.define(517, "athletics");
    public static final WorkoutCategory TRACK_CYCLING = TABLE.define(518, "track_cycling");
    public static final WorkoutCategory PENTATHLON = TABLE.define(519, "pentathlon");
    public static final WorkoutCategory SPORT_SHOOTING = TABLE.define(520, "sport_shooting");
    public static final WorkoutCategory TRIATHLON = TABLE.define(521, "triathlon");
    public static final WorkoutCategory DIVING = TABLE.define(522, "diving");
    public static final WorkoutCategory MOUNTAIN_BIKING = TABLE.define(523, "mountain_biking");
    public static final WorkoutCategory GRAVEL_BIKING = TABLE.define(524, "gravel_biking");
    public static final WorkoutCategory E_BIKING = TABLE.define(525, "e_biking");
    public static final WorkoutCategory E_MOUNTAIN_BIKING = TABLE.define(526, "e_mountain_biking");
    public static final WorkoutCategory HANDCYCLING = TABLE.define(527, "handcycling");
    public static final WorkoutCategory VELOMOBILE = TABLE.define(528, "velomobile");
    public static final WorkoutCategory BACKCOUNTRY_SKIING = TABLE.define(529, "backcountry_skiing");
    public static final WorkoutCategory NORDIC_SKIING = TABLE.define(530, "nordic_skiing");
    public static final WorkoutCategory ROLLER_SKIING = TABLE.define(531, "roller_skiing");
    public static final WorkoutCategory RACQUETBALL = TABLE.define(532, "racquetball");
    public static final WorkoutCategory HIP_HOP = TABLE.define(534, "hip_hop");
    public static final WorkoutCategory MUAYTHAI = TABLE.define(535, "muaythai");
    public static final WorkoutCategory TAEKWONDO = TABLE.define(536, "taekwondo");
    public static final WorkoutCategory JUDO = TABLE.define(537, "judo");
    public static final WorkoutCategory TRAMPOLINE = TABLE.define(538, "trampoline");
    public static final WorkoutCategory STANDING_FRAME = TABLE.define(539, "standing_frame");
    public static final WorkoutCategory SEATED_STRENGTH = TABLE.define(540, "seated_strength");
    public static final WorkoutCategory SEATED_CARDIO = TABLE.define(541, "seated_cardio");
    public static final WorkoutCategory WALK_WITH_WALKER = TABLE.define(542, "walk_with_walker");
    public static final WorkoutCategory WALK_WITH_CANE = TABLE.define(543, "walk_with_cane");
    public static final WorkoutCategory BREAKING = TABLE.define(544, "breaking");
    public static final WorkoutCategory CHORES = TABLE.define(545, "chores");
    public static final WorkoutCategory CROSSFIT = TABLE.define(546, "crossfit");
    public static final WorkoutCategory SPINCLASS = TABLE.define(547, "spinclass");
    public static final WorkoutCategory CRICKET = TABLE.define(548, "cricket");
    public static final WorkoutCategory FLAMENCO_DANCING = TABLE.define(549, "flamenco_dancing");
    public static final WorkoutCategory HIIT = TABLE.define(550, "hiit");
    public static final WorkoutCategory MEDITATION = TABLE.define(551, "meditation");
    public static final WorkoutCategory STRETCHING = TABLE.define(552, "stretching");
    public static final WorkoutCategory YARD_WORK_GARDENING = TABLE.define(553, "yard_work_gardening");
    public static final WorkoutCategory CLEANING = TABLE.define(554, "cleaning");
    public static final WorkoutCategory PUBLIC_SPEAKING = TABLE.define(555, "public_speaking");
    public static final WorkoutCategory SPIKEBALL = TABLE.define(556, "spikeball");
    public static final WorkoutCategory LACROSSE = TABLE.define(557, "lacrosse");
    public static final WorkoutCategory BABY_WEARING = TABLE.define(558, "baby_wearing");
    public static final WorkoutCategory DOG_WALKING = TABLE.define(559, "dog_walking");
    public static final WorkoutCategory BREATHING_EXERCISES = TABLE.define(560, "breathing_exercises");
    public static final WorkoutCategory BALANCE_DRILLS = TABLE.define(561, "balance_drills");
    public static final WorkoutCategory PUSHING_A_STROLLER = TABLE.define(562, "pushing_a_stroller");
    public static final WorkoutCategory TODDLER_WEARING = TABLE.define(563, "toddler_wearing");
    public static final WorkoutCategory BOWLING = TABLE.define(564, "bowling");
    public static final WorkoutCategory LASERTAG = TABLE.define(565, "lasertag");
    public static final WorkoutCategory NORDIC_WALKING = TABLE.define(566, "nordic_walking");
    public static final WorkoutCategory SUMO_WRESTLING = TABLE.define(567, "sumo_wrestling");
    public static final WorkoutCategory COOKING = TABLE.define(568, "cooking");

    public static WorkoutCategory fromCode(int code) {
        return TABLE.fromCode(code);
    }

    @Override
    public String toString() {
        return name();
    }
}
