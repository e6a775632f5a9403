import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../lambda/config';

describe('the configuration', () => {
  it('has defaults for everything, and no image base URL, when nothing is set', () => {
    expect(loadConfig({})).toEqual({
      skillId: null,
      speechRenderer: 'apla',
      tableName: 'sciatica-stretches',
      region: 'us-east-1',
      dynamoEndpoint: null,
      imageBaseUrl: null,
    });
  });

  it('names each bad variable in one error', () => {
    const load = (): unknown => loadConfig({ SKILL_ID: 'my-skill', SPEECH_RENDERER: 'mp3' });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/SKILL_ID must look like amzn1\.ask\.skill.*; SPEECH_RENDERER must be one of apla, ssml/);
  });
});

describe('IMAGE_BASE_URL', () => {
  const imageBaseUrl = (value: string): string | null => loadConfig({ IMAGE_BASE_URL: value }).imageBaseUrl;

  it('is an https URL, kept without a trailing slash so paths join with one', () => {
    expect(imageBaseUrl('https://d111111abcdef8.cloudfront.net')).toBe('https://d111111abcdef8.cloudfront.net');
    expect(imageBaseUrl('https://d111111abcdef8.cloudfront.net/')).toBe('https://d111111abcdef8.cloudfront.net');
    expect(imageBaseUrl('https://images.example.com/skill/')).toBe('https://images.example.com/skill');
    expect(imageBaseUrl(' https://images.example.com/skill// ')).toBe('https://images.example.com/skill');
  });

  it('means unset when empty', () => {
    expect(imageBaseUrl('')).toBeNull();
  });

  it('refuses plain http, other schemes and non-URLs, naming the variable', () => {
    for (const bad of ['http://d111111abcdef8.cloudfront.net', 'ftp://images.example.com', 'images.example.com', '/figures']) {
      expect(() => imageBaseUrl(bad)).toThrow(/IMAGE_BASE_URL must be an https URL/);
    }
  });

  it('refuses a query or fragment, which the appended image paths would land after', () => {
    for (const bad of ['https://images.example.com/?v=2', 'https://images.example.com/skill#top']) {
      expect(() => imageBaseUrl(bad)).toThrow(/IMAGE_BASE_URL must have no query or fragment/);
    }
  });
});
