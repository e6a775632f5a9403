import { Annotations, CfnOutput, Duration, RemovalPolicy, Stack, Token, type StackProps } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import * as sns from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import {
  ALEXA_CARD_IMAGE_ORIGINS,
  assertFiguresBuilt,
  assertLambdaBuilt,
  DEFAULT_FIGURES_DIR,
  DEFAULT_LAMBDA_DIR,
  DYNAMODB_ACTIONS,
  FIGURES_KEY_PREFIX,
  FUNCTION_MEMORY_MB,
  resolveAlarmEmail,
  resolveSkillId,
  wantsDataDestroyed,
} from './settings';

/** Options for {@link SciaticaStretchesStack}. */
export interface SciaticaStretchesStackProps extends StackProps {
  /** The folder holding the built `index.js` (default `dist/lambda`, from `npm run build`). */
  readonly lambdaDir?: string;
  /** The folder holding the card PNGs (default `dist/figures`, from `npm run figures`). */
  readonly figuresDir?: string;
}

/** The TTL attribute, as in `lambda/storage/stored-items.ts` (TTL_ATTRIBUTE); infra does not import lambda code. */
const TTL_ATTRIBUTE = 'expiresAt';

/** Regions with the Alexa Skills Kit trigger; us-east-1 serves North America, eu-west-1 Europe and India, us-west-2 the Far East. */
const ALEXA_REGIONS = ['us-east-1', 'eu-west-1', 'us-west-2', 'ap-northeast-1'];

/**
 * Everything the skill needs in AWS: the progress table, the function Alexa calls, its
 * least-privilege role, the Alexa trigger locked to one skill id, logs, alarms, and the
 * private bucket and CloudFront distribution that serve the cards' pictures.
 *
 * Context: `skillId` (or env `SKILL_ID`, required), `alarmEmail` (or env `ALARM_EMAIL`,
 * optional), `destroyData=true` (only to let `cdk destroy` delete the table).
 */
export class SciaticaStretchesStack extends Stack {
  /** The progress table. */
  readonly table: dynamodb.Table;
  /** The skill's function. */
  readonly fn: lambda.Function;
  /** The alarms: function errors, function throttles, table throttles. */
  readonly alarms: cloudwatch.Alarm[];
  /** The private bucket holding the card images. */
  readonly imageBucket: s3.Bucket;
  /** The CloudFront distribution the Alexa app fetches card images from. */
  readonly imageDistribution: cloudfront.Distribution;

  constructor(scope: Construct, id: string, props: SciaticaStretchesStackProps = {}) {
    super(scope, id, props);
    // Validate inputs first, so a missing skill id or build fails before anything is packaged.
    const skillId = resolveSkillId(this.node);
    const alarmEmail = resolveAlarmEmail(this.node);
    const destroyData = wantsDataDestroyed(this.node);
    const lambdaDir = props.lambdaDir ?? DEFAULT_LAMBDA_DIR;
    assertLambdaBuilt(lambdaDir);
    const figuresDir = props.figuresDir ?? DEFAULT_FIGURES_DIR;
    assertFiguresBuilt(figuresDir);
    if (!Token.isUnresolved(this.region) && !ALEXA_REGIONS.includes(this.region)) {
      Annotations.of(this).addWarningV2(
        'sciatica:region',
        `Alexa cannot call a function in ${this.region}: use one of ${ALEXA_REGIONS.join(', ')}`,
      );
    }

    // Users' history is the one thing that cannot be rebuilt: keep it through a stack
    // deletion or a replacement, block deletion by hand, and keep 35 days of restore points.
    this.table = new dynamodb.Table(this, 'ProgressTable', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'sk', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST, // traffic is a few requests per session: no capacity to plan or pay for idle
      timeToLiveAttribute: TTL_ATTRIBUTE, // unfinished runs expire after days, history after ~400 days
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: !destroyData,
      removalPolicy: destroyData ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    });

    // Its own log group, so retention is set here rather than "never expire"; logs hold no
    // user data (see the README), so they go with the stack.
    const logGroup = new logs.LogGroup(this, 'FunctionLogs', {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // A role of our own instead of the default one, whose managed policy allows logs on "*":
    // this one may write to its own log group and use the table, nothing more.
    const role = new iam.Role(this, 'FunctionRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Sciatica Stretches skill: its log group and progress table only',
    });
    logGroup.grantWrite(role);
    role.addToPolicy(
      new iam.PolicyStatement({
        actions: DYNAMODB_ACTIONS.map((action) => `dynamodb:${action}`),
        resources: [this.table.tableArn], // the base table only: the repository uses no index
      }),
    );

    ({ bucket: this.imageBucket, distribution: this.imageDistribution } = this.createImageHosting(figuresDir));
    const imageBaseUrl = `https://${this.imageDistribution.distributionDomainName}`;

    this.fn = new lambda.Function(this, 'SkillFunction', {
      description: 'Sciatica Stretches Alexa skill',
      code: lambda.Code.fromAsset(lambdaDir),
      handler: 'index.handler',
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64, // cheaper per ms than x86, and the bundle is plain JS
      memorySize: FUNCTION_MEMORY_MB,
      timeout: Duration.seconds(7), // under Alexa's 8 s, so a stuck turn ends in our error handling, not Alexa's
      role,
      logGroup,
      environment: {
        TABLE_NAME: this.table.tableName,
        SKILL_ID: skillId, // the handler refuses requests for any other skill too
        SPEECH_RENDERER: 'apla',
        NODE_OPTIONS: '--enable-source-maps', // stack traces point at the TypeScript, via index.js.map
        IMAGE_BASE_URL: imageBaseUrl,
      },
    });

    // Only Alexa, and only for this skill, may invoke the function (requests and skill events alike).
    this.fn.addPermission('AlexaSkillTrigger', {
      principal: new iam.ServicePrincipal('alexa-appkit.amazon.com'),
      action: 'lambda:InvokeFunction',
      eventSourceToken: skillId,
    });

    this.alarms = this.createAlarms();
    if (alarmEmail) {
      const topic = new sns.Topic(this, 'AlarmTopic', { displayName: 'Sciatica Stretches alarms' });
      topic.addSubscription(new EmailSubscription(alarmEmail));
      for (const alarm of this.alarms) {
        alarm.addAlarmAction(new SnsAction(topic));
        alarm.addOkAction(new SnsAction(topic));
      }
    }

    new CfnOutput(this, 'FunctionArn', {
      value: this.fn.functionArn,
      description: 'The skill endpoint: npm run deploy writes it into the skill manifest',
    });
    new CfnOutput(this, 'TableName', { value: this.table.tableName, description: 'The progress table' });
    new CfnOutput(this, 'SkillId', { value: skillId, description: 'The skill the function accepts requests from' });
    new CfnOutput(this, 'ImageBaseUrl', { value: imageBaseUrl, description: 'Where the card images are served (IMAGE_BASE_URL)' });
  }

  /**
   * The cards' pictures: a private bucket that only CloudFront may read, and a distribution that
   * serves it over HTTPS with the CORS headers the Alexa app needs before it shows an image.
   */
  private createImageHosting(figuresDir: string): { bucket: s3.Bucket; distribution: cloudfront.Distribution } {
    // Nothing in it is original: npm run deploy renders and uploads it again, so it goes with the stack.
    const bucket = new s3.Bucket(this, 'ImageBucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED, // KMS would need CloudFront granted on the key, for no gain on public pictures
      enforceSSL: true,
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: true,
    });

    // The headers are added at the edge, so the cached object is the same whatever the Origin:
    // the cache key needs no Origin header and S3 needs no CORS rules of its own.
    const corsPolicy = new cloudfront.ResponseHeadersPolicy(this, 'ImageCorsPolicy', {
      comment: 'Sciatica Stretches card images: CORS for the Alexa app',
      corsBehavior: {
        accessControlAllowOrigins: ALEXA_CARD_IMAGE_ORIGINS,
        accessControlAllowMethods: ['GET', 'HEAD'],
        accessControlAllowHeaders: ['*'],
        accessControlAllowCredentials: false,
        originOverride: true,
      },
    });

    const distribution = new cloudfront.Distribution(this, 'ImageDistribution', {
      comment: 'Sciatica Stretches card images',
      defaultBehavior: {
        // Origin Access Control: CloudFront signs its requests, and the bucket policy admits only this distribution.
        origin: S3BucketOrigin.withOriginAccessControl(bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: corsPolicy,
        compress: false, // PNGs are compressed already
      },
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100, // the cheapest edges; a card image can take a few more ms to load
    });

    // Uploads the folder on every deploy and deletes what it no longer holds. A redrawn figure keeps
    // its name, so an hour's max-age bounds how long edges and apps show the old one; an invalidation
    // instead would need cloudfront:CreateInvalidation on every distribution in the account ("*").
    new s3deploy.BucketDeployment(this, 'FigureDeployment', {
      sources: [s3deploy.Source.asset(figuresDir)],
      destinationBucket: bucket,
      destinationKeyPrefix: `${FIGURES_KEY_PREFIX}/`,
      cacheControl: [s3deploy.CacheControl.maxAge(Duration.hours(1))],
      logGroup: new logs.LogGroup(this, 'FigureDeploymentLogs', {
        retention: logs.RetentionDays.ONE_MONTH, // instead of two years, kept after the stack is gone
        removalPolicy: RemovalPolicy.DESTROY,
      }),
    });

    return { bucket, distribution };
  }

  /** One alarm per failure a user would hear: errors, throttled invocations, throttled storage. */
  private createAlarms(): cloudwatch.Alarm[] {
    const period = Duration.minutes(5);
    const atLeastOnce = (id: string, metric: cloudwatch.IMetric, description: string): cloudwatch.Alarm =>
      new cloudwatch.Alarm(this, id, {
        metric,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        // No traffic is not a fault: an idle skill must not sit in INSUFFICIENT_DATA or alarm.
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
    return [
      atLeastOnce(
        'FunctionErrorsAlarm',
        this.fn.metricErrors({ period, statistic: cloudwatch.Stats.SUM }),
        'The skill function failed at least once in 5 minutes: users heard an error.',
      ),
      atLeastOnce(
        'FunctionThrottlesAlarm',
        this.fn.metricThrottles({ period, statistic: cloudwatch.Stats.SUM }),
        'The skill function was throttled: Alexa got no answer. Check the account concurrency limit.',
      ),
      atLeastOnce(
        'TableThrottlesAlarm',
        this.tableThrottles(period),
        'DynamoDB throttled the skill: progress may not have been saved on those turns.',
      ),
    ];
  }

  /**
   * Throttled requests summed over the operations the skill uses. DynamoDB only reports
   * ThrottledRequests for an operation when it throttles, and `a + b` is empty wherever one
   * term is, so each term is FILLed with 0 (CDK's metricThrottledRequestsForOperations is not).
   */
  private tableThrottles(period: Duration): cloudwatch.IMetric {
    const usingMetrics: Record<string, cloudwatch.IMetric> = {};
    for (const action of DYNAMODB_ACTIONS) {
      usingMetrics[action.toLowerCase()] = this.table.metricThrottledRequestsForOperation(action, {
        period,
        statistic: cloudwatch.Stats.SUM,
      });
    }
    return new cloudwatch.MathExpression({
      expression: Object.keys(usingMetrics)
        .map((id) => `FILL(${id}, 0)`)
        .join(' + '),
      usingMetrics,
      label: 'Throttled requests to the progress table',
      period,
    });
  }
}
