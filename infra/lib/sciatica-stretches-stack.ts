import { Annotations, CfnOutput, Duration, RemovalPolicy, Stack, Token, type StackProps } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import {
  assertLambdaBuilt,
  DEFAULT_LAMBDA_DIR,
  DYNAMODB_ACTIONS,
  FUNCTION_MEMORY_MB,
  resolveAlarmEmail,
  resolveSkillId,
  wantsDataDestroyed,
} from './settings';

/** Options for {@link SciaticaStretchesStack}. */
export interface SciaticaStretchesStackProps extends StackProps {
  /** The folder holding the built `index.js` (default `dist/lambda`, from `npm run build`). */
  readonly lambdaDir?: string;
}

/** The TTL attribute, as in `lambda/storage/stored-items.ts` (TTL_ATTRIBUTE); infra does not import lambda code. */
const TTL_ATTRIBUTE = 'expiresAt';

/** Regions with the Alexa Skills Kit trigger; us-east-1 serves North America, eu-west-1 Europe and India, us-west-2 the Far East. */
const ALEXA_REGIONS = ['us-east-1', 'eu-west-1', 'us-west-2', 'ap-northeast-1'];

/**
 * Everything the skill needs in AWS: the progress table, the function Alexa calls, its
 * least-privilege role, the Alexa trigger locked to one skill id, logs and alarms.
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

  constructor(scope: Construct, id: string, props: SciaticaStretchesStackProps = {}) {
    super(scope, id, props);
    // Validate inputs first, so a missing skill id or build fails before anything is packaged.
    const skillId = resolveSkillId(this.node);
    const alarmEmail = resolveAlarmEmail(this.node);
    const destroyData = wantsDataDestroyed(this.node);
    const lambdaDir = props.lambdaDir ?? DEFAULT_LAMBDA_DIR;
    assertLambdaBuilt(lambdaDir);
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
